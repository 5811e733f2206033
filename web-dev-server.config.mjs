// `npm start`: serves the demo pages on http://localhost:8000/demo/ with the built standalone bundle.
export default {
  port: Number(process.env.PORT ?? 8000),
  hostname: process.env.HOST ?? 'localhost',
  open: false,
  rootDir: '.',
  nodeResolve: false,
  middleware: [
    function demoHome(ctx, next) {
      if (ctx.path === '/' || ctx.path === '/demo') return ctx.redirect('/demo/');
      return next();
    },
  ],
  plugins: [
    {
      name: 'say-where',
      serverStart({ config }) {
        setTimeout(() => console.log(`\nDemo: http://${config.hostname}:${config.port}/demo/  (themes.html, content.html, team.html, embed.html)\n`), 50);
      },
    },
  ],
};
