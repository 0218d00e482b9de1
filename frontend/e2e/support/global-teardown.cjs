module.exports = require('./app-server.cjs').teardown;
