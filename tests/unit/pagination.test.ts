import { Types } from 'mongoose';
import { connectionFromSlice, decodeCursor, encodeCursor, pageSize } from '../../lib/pagination';

describe('pagination', () => {
  it('defaults first to 20 and caps it at 100', () => {
    expect(pageSize(undefined)).toBe(20);
    expect(pageSize(100)).toBe(100);
    expect(() => pageSize(101)).toThrow(/between 0 and 100/);
    expect(() => pageSize(-1)).toThrow(/between 0 and 100/);
  });

  it('round-trips opaque cursors and refuses forged ones', () => {
    const id = new Types.ObjectId().toString();
    expect(decodeCursor(encodeCursor(id))).toBe(id);
    expect(() => decodeCursor('not-a-cursor')).toThrow(/Invalid cursor/);
    expect(() => decodeCursor(Buffer.from('v1:{"$gt":""}').toString('base64url'))).toThrow(/Invalid cursor/);
  });

  it('reports hasNextPage from the extra document and cursors for the page only', () => {
    const docs = [1, 2, 3].map(() => ({ _id: new Types.ObjectId() }));
    const page = connectionFromSlice(docs, 2, 3);
    expect(page.edges).toHaveLength(2);
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect(page.pageInfo.endCursor).toBe(encodeCursor(docs[1]._id.toString()));
    expect(connectionFromSlice(docs.slice(0, 2), 2, 2).pageInfo.hasNextPage).toBe(false);
  });
});
