// The peer of the inbound benchmark: the Bot Framework JavaScript SDK's echo bot in the shape of
// its EchoBot sample (restify, CloudAdapter, an ActivityHandler that echoes), with authentication
// disabled (no app id) so that the harness can send unsigned requests. It listens on 127.0.0.1 only
// and replies through the activity's serviceUrl: the harness's connector stand-in.
'use strict';

const restify = require('restify');
const {
  ActivityHandler,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  MessageFactory,
} = require('botbuilder');

class EchoBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      const replyText = `Echo: ${context.activity.text}`;
      await context.sendActivity(MessageFactory.text(replyText, replyText));
      await next();
    });
  }
}

// Empty app id and password: the SDK skips token validation and sends replies without a token.
const auth = new ConfigurationBotFrameworkAuthentication({
  MicrosoftAppId: '',
  MicrosoftAppPassword: '',
  MicrosoftAppType: 'MultiTenant',
});
const adapter = new CloudAdapter(auth);
adapter.onTurnError = async (context, error) => {
  console.error(`onTurnError: ${error}`);
  await context.sendActivity('The bot encountered an error.');
};

const bot = new EchoBot();
const server = restify.createServer();
server.use(restify.plugins.bodyParser());
server.post('/api/messages', async (req, res) => {
  await adapter.process(req, res, (context) => bot.run(context));
});

const port = Number(process.env.PORT || 3979);
server.listen(port, '127.0.0.1', () => console.log(`echo bot listening on 127.0.0.1:${port}`));

// The harness may die without stopping us: then exit within a second.
const parent = Number(process.env.BENCH_PARENT_PID);
if (parent) {
  setInterval(() => {
    try { process.kill(parent, 0); } catch { process.exit(0); }
  }, 1000).unref();
}
