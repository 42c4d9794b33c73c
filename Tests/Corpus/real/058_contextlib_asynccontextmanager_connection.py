# source: https://docs.python.org/3.11/library/contextlib.html (asynccontextmanager: get_connection); changes: acquire_db_connection/release_db_connection and conn.query (a database) replaced by stand-ins that sleep 0.1 s; a main() added
import asyncio
from contextlib import asynccontextmanager

class Connection:
    def query(self, sql):
        return [('alice',), ('bob',)]

async def acquire_db_connection():
    await asyncio.sleep(0.1)
    print('acquired')
    return Connection()

async def release_db_connection(conn):
    await asyncio.sleep(0.1)
    print('released')

@asynccontextmanager
async def get_connection():
    conn = await acquire_db_connection()
    try:
        yield conn
    finally:
        await release_db_connection(conn)

async def get_all_users():
    async with get_connection() as conn:
        return conn.query('SELECT ...')

print(asyncio.run(get_all_users()))
