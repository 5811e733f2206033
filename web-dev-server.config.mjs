// `npm start`: serves the demo pages on http://localhost:8000/demo/ with the built standalone bundle.
export default {
  port: Number(process.env.PORT ?? 8000),
  hostname: process.env.HOST ?? 'localhost',
  open: false,
  rootDir: '.',
  appIndex: 'demo/index.html',
  nodeResolve: false,
};
