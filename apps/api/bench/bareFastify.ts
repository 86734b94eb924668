import Fastify from 'fastify';

/**
 * The bench's baseline for the per-request cost (issue 20): a bare Fastify answering
 * `GET /health` with the same JSON as the product, no plugins, in its own process like the API.
 */
const app = Fastify({ logger: false });
app.get('/health', async () => ({ status: 'ok' }));
const address = await app.listen({ host: '127.0.0.1', port: 0 });
process.send?.({ address });
process.on('message', (message: { type?: string }) => {
  if (message.type === 'exit') void app.close().then(() => process.exit(0));
});
