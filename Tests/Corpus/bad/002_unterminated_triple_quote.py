"""Two workers share a queue.

Run it and watch the queue drain.
import asyncio

async def main():
    pass
