// A richards-style operating-system scheduler (after Martin Richards' benchmark, as in
// the V8 and Are-We-Fast-Yet suites) written with typed classes: tasks, packets and a
// scheduler that dispatches through methods of known classes.
const ID_IDLE = 0, ID_WORKER = 1, ID_HANDLER_A = 2, ID_HANDLER_B = 3, ID_DEVICE_A = 4, ID_DEVICE_B = 5;
const NUMBER_OF_IDS = 6;
const KIND_DEVICE = 0, KIND_WORK = 1;
const DATA_SIZE = 4;
const STATE_RUNNING = 0, STATE_RUNNABLE = 1, STATE_SUSPENDED = 2, STATE_HELD = 4;
const STATE_SUSPENDED_RUNNABLE = STATE_SUSPENDED | STATE_RUNNABLE;
const STATE_NOT_HELD = ~STATE_HELD;

class Packet {
  a2: number[];
  constructor(public link: Packet | null, public id: number, public kind: number) {
    this.a2 = new Array(DATA_SIZE).fill(0);
  }
  a1 = 0;
  addTo(queue: Packet | null): Packet {
    this.link = null;
    if (queue === null) return this;
    let next: Packet = queue;
    let peek: Packet | null;
    while ((peek = next.link) !== null) next = peek;
    next.link = this;
    return queue;
  }
}

abstract class Task {
  abstract run(packet: Packet | null): TaskControlBlock | null;
}

class TaskControlBlock {
  state: number;
  constructor(public link: TaskControlBlock | null, public id: number, public priority: number,
              public queue: Packet | null, public task: Task) {
    this.state = queue === null ? STATE_SUSPENDED : STATE_SUSPENDED_RUNNABLE;
  }
  setRunning(): void { this.state = STATE_RUNNING; }
  markAsNotHeld(): void { this.state = this.state & STATE_NOT_HELD; }
  markAsHeld(): void { this.state = this.state | STATE_HELD; }
  isHeldOrSuspended(): boolean { return (this.state & STATE_HELD) !== 0 || this.state === STATE_SUSPENDED; }
  markAsSuspended(): void { this.state = this.state | STATE_SUSPENDED; }
  markAsRunnable(): void { this.state = this.state | STATE_RUNNABLE; }
  run(): TaskControlBlock | null {
    let packet: Packet | null;
    if (this.state === STATE_SUSPENDED_RUNNABLE) {
      packet = this.queue as Packet;
      this.queue = packet.link;
      this.state = this.queue === null ? STATE_RUNNING : STATE_RUNNABLE;
    } else {
      packet = null;
    }
    return this.task.run(packet);
  }
  checkPriorityAdd(task: TaskControlBlock, packet: Packet): TaskControlBlock {
    if (this.queue === null) {
      this.queue = packet;
      this.markAsRunnable();
      if (this.priority > task.priority) return this;
    } else {
      this.queue = packet.addTo(this.queue);
    }
    return task;
  }
}

class Scheduler {
  queueCount = 0;
  holdCount = 0;
  blocks: (TaskControlBlock | null)[] = new Array(NUMBER_OF_IDS).fill(null);
  list: TaskControlBlock | null = null;
  currentTcb: TaskControlBlock | null = null;
  currentId = 0;

  addIdleTask(id: number, priority: number, queue: Packet | null, count: number): void {
    this.addRunningTask(id, priority, queue, new IdleTask(this, 1, count));
  }
  addWorkerTask(id: number, priority: number, queue: Packet): void {
    this.addTask(id, priority, queue, new WorkerTask(this, ID_HANDLER_A, 0));
  }
  addHandlerTask(id: number, priority: number, queue: Packet): void {
    this.addTask(id, priority, queue, new HandlerTask(this));
  }
  addDeviceTask(id: number, priority: number, queue: Packet | null): void {
    this.addTask(id, priority, queue, new DeviceTask(this));
  }
  addRunningTask(id: number, priority: number, queue: Packet | null, task: Task): void {
    this.addTask(id, priority, queue, task);
    (this.currentTcb as TaskControlBlock).setRunning();
  }
  addTask(id: number, priority: number, queue: Packet | null, task: Task): void {
    this.currentTcb = new TaskControlBlock(this.list, id, priority, queue, task);
    this.list = this.currentTcb;
    this.blocks[id] = this.currentTcb;
  }
  schedule(): void {
    this.currentTcb = this.list;
    while (this.currentTcb !== null) {
      if (this.currentTcb.isHeldOrSuspended()) {
        this.currentTcb = this.currentTcb.link;
      } else {
        this.currentId = this.currentTcb.id;
        this.currentTcb = this.currentTcb.run();
      }
    }
  }
  release(id: number): TaskControlBlock | null {
    const tcb = this.blocks[id];
    if (tcb === null) return tcb;
    tcb.markAsNotHeld();
    const current = this.currentTcb as TaskControlBlock;
    return tcb.priority > current.priority ? tcb : current;
  }
  holdCurrent(): TaskControlBlock | null {
    this.holdCount++;
    const current = this.currentTcb as TaskControlBlock;
    current.markAsHeld();
    return current.link;
  }
  suspendCurrent(): TaskControlBlock {
    const current = this.currentTcb as TaskControlBlock;
    current.markAsSuspended();
    return current;
  }
  queue(packet: Packet): TaskControlBlock | null {
    const t = this.blocks[packet.id];
    if (t === null) return t;
    this.queueCount++;
    packet.link = null;
    packet.id = this.currentId;
    return t.checkPriorityAdd(this.currentTcb as TaskControlBlock, packet);
  }
}

class IdleTask extends Task {
  constructor(private scheduler: Scheduler, private v1: number, private count: number) { super(); }
  run(_packet: Packet | null): TaskControlBlock | null {
    this.count--;
    if (this.count === 0) return this.scheduler.holdCurrent();
    if ((this.v1 & 1) === 0) {
      this.v1 = this.v1 >> 1;
      return this.scheduler.release(ID_DEVICE_A);
    }
    this.v1 = (this.v1 >> 1) ^ 0xd008;
    return this.scheduler.release(ID_DEVICE_B);
  }
}

class DeviceTask extends Task {
  private v1: Packet | null = null;
  constructor(private scheduler: Scheduler) { super(); }
  run(packet: Packet | null): TaskControlBlock | null {
    if (packet === null) {
      if (this.v1 === null) return this.scheduler.suspendCurrent();
      const v = this.v1;
      this.v1 = null;
      return this.scheduler.queue(v);
    }
    this.v1 = packet;
    return this.scheduler.holdCurrent();
  }
}

class WorkerTask extends Task {
  constructor(private scheduler: Scheduler, private v1: number, private v2: number) { super(); }
  run(packet: Packet | null): TaskControlBlock | null {
    if (packet === null) return this.scheduler.suspendCurrent();
    this.v1 = this.v1 === ID_HANDLER_A ? ID_HANDLER_B : ID_HANDLER_A;
    packet.id = this.v1;
    packet.a1 = 0;
    for (let i = 0; i < DATA_SIZE; i++) {
      this.v2++;
      if (this.v2 > 26) this.v2 = 1;
      packet.a2[i] = this.v2;
    }
    return this.scheduler.queue(packet);
  }
}

class HandlerTask extends Task {
  private v1: Packet | null = null;
  private v2: Packet | null = null;
  constructor(private scheduler: Scheduler) { super(); }
  run(packet: Packet | null): TaskControlBlock | null {
    if (packet !== null) {
      if (packet.kind === KIND_WORK) this.v1 = packet.addTo(this.v1);
      else this.v2 = packet.addTo(this.v2);
    }
    if (this.v1 !== null) {
      const count = this.v1.a1;
      if (count < DATA_SIZE) {
        if (this.v2 !== null) {
          const v = this.v2;
          this.v2 = v.link;
          v.a1 = this.v1.a2[count];
          this.v1.a1 = count + 1;
          return this.scheduler.queue(v);
        }
      } else {
        const v = this.v1;
        this.v1 = v.link;
        return this.scheduler.queue(v);
      }
    }
    return this.scheduler.suspendCurrent();
  }
}

function runRichards(): number {
  const scheduler = new Scheduler();
  scheduler.addIdleTask(ID_IDLE, 0, null, 1000);
  let queue = new Packet(null, ID_WORKER, KIND_WORK);
  queue = new Packet(queue, ID_WORKER, KIND_WORK);
  scheduler.addWorkerTask(ID_WORKER, 1000, queue);
  queue = new Packet(null, ID_DEVICE_A, KIND_DEVICE);
  queue = new Packet(queue, ID_DEVICE_A, KIND_DEVICE);
  queue = new Packet(queue, ID_DEVICE_A, KIND_DEVICE);
  scheduler.addHandlerTask(ID_HANDLER_A, 2000, queue);
  queue = new Packet(null, ID_DEVICE_B, KIND_DEVICE);
  queue = new Packet(queue, ID_DEVICE_B, KIND_DEVICE);
  queue = new Packet(queue, ID_DEVICE_B, KIND_DEVICE);
  scheduler.addHandlerTask(ID_HANDLER_B, 3000, queue);
  scheduler.addDeviceTask(ID_DEVICE_A, 4000, null);
  scheduler.addDeviceTask(ID_DEVICE_B, 5000, null);
  scheduler.schedule();
  if (scheduler.queueCount !== 2322 || scheduler.holdCount !== 928) throw new Error("wrong result");
  return scheduler.queueCount + scheduler.holdCount;
}

let total = 0;
for (let i = 0; i < 300; i++) total += runRichards();
console.log(total);
