// Interop check: two node-metaverse bots log in to a grid, chat and IM each other, and log out.
// Input (environment): GRID_URI, BOT1_NAME, BOT1_PASSWORD, BOT2_NAME, BOT2_PASSWORD, TIMEOUT_MS.
// Output: one JSON object on stdout describing what node-metaverse observed; exit 0 when it ran to the end.
'use strict';
const nmv = require('@caspertech/node-metaverse');

const timeoutMs = Number(process.env.TIMEOUT_MS || 30000);

function params(name, password) {
    const [first, last] = name.split(' ');
    const p = new nmv.LoginParameters();
    p.firstName = first;
    p.lastName = last;
    p.password = password;
    p.start = 'last';
    p.url = process.env.GRID_URI;
    return p;
}

function within(promise, what) {
    let timer;
    const timeout = new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error('timed out waiting for ' + what)), timeoutMs);
    });
    return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function first(subject, predicate) {
    return new Promise((resolve) => {
        const sub = subject.subscribe((event) => {
            if (predicate(event)) {
                sub.unsubscribe();
                resolve(event);
            }
        });
    });
}

async function connect(bot) {
    const response = await bot.login();
    await bot.connectToSim();
    await bot.waitForEventQueue();
    return response;
}

async function main() {
    const result = { steps: [] };
    const step = (s) => result.steps.push(s);
    const bot1 = new nmv.Bot(params(process.env.BOT1_NAME, process.env.BOT1_PASSWORD), nmv.BotOptionFlags.None);
    const bot2 = new nmv.Bot(params(process.env.BOT2_NAME, process.env.BOT2_PASSWORD), nmv.BotOptionFlags.None);
    try {
        const r1 = await within(connect(bot1), 'bot 1 login');
        step('bot1-logged-in');
        const r2 = await within(connect(bot2), 'bot 2 login');
        step('bot2-logged-in');
        result.bot1 = { agentId: r1.agent.agentID.toString() };
        result.bot2 = { agentId: r2.agent.agentID.toString() };

        const line = 'hello from node-metaverse ' + Date.now();
        const heard = first(bot2.clientEvents.onNearbyChat, (e) => e.message === line);
        await bot1.clientCommands.comms.say(line);
        const chat = await within(heard, 'bot 2 hearing bot 1');
        result.chat = { message: chat.message, fromName: chat.fromName, from: chat.from.toString() };
        // The region's name comes with RegionInfo, which node-metaverse asks for during the handshake.
        result.bot1.region = bot1.currentRegion.regionName;
        step('chat-heard');

        const text = 'private hello ' + Date.now();
        const received = first(bot2.clientEvents.onInstantMessage, (e) => e.message === text);
        await bot1.clientCommands.comms.sendInstantMessage(result.bot2.agentId, text);
        const im = await within(received, 'bot 2 receiving the IM');
        result.im = { message: im.message, fromName: im.fromName, from: im.from.toString() };
        step('im-received');

        const reply = 'reply ' + Date.now();
        const back = first(bot1.clientEvents.onInstantMessage, (e) => e.message === reply);
        await bot2.clientCommands.comms.sendInstantMessage(result.bot1.agentId, reply);
        const im2 = await within(back, 'bot 1 receiving the reply');
        result.imReply = { message: im2.message, fromName: im2.fromName };
        step('im-reply-received');
    } catch (e) {
        result.error = String(e && e.stack || e);
    } finally {
        for (const [name, bot] of [['bot1', bot1], ['bot2', bot2]]) {
            try {
                await within(bot.close(), name + ' logout');
                step(name + '-logged-out');
            } catch (e) {
                result[name + 'LogoutError'] = String(e);
            }
        }
    }
    process.stdout.write(JSON.stringify(result) + '\n');
    process.exit(result.error ? 1 : 0);
}

main();
