module.exports = require('./app-server.cjs').setup;
