import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ConnectionMutex } from './connection-mutex.ts';

test('the connection is handed over first come, first served, and never held twice', async () => {
  const mutex = new ConnectionMutex();
  const order: string[] = [];
  let holders = 0;
  const use = async (name: string, ms: number) => {
    await mutex.lock();
    holders++;
    assert.equal(holders, 1, `${name} shares the connection`);
    order.push(`${name}+`);
    await new Promise((r) => setTimeout(r, ms));
    order.push(`${name}-`);
    holders--;
    mutex.unlock();
  };
  await Promise.all([use('a', 5), use('b', 0), use('c', 1)]);
  assert.deepEqual(order, ['a+', 'a-', 'b+', 'b-', 'c+', 'c-']);
});
