'use strict';

// A subscriber of wirefeed.enriched in Node.js: kafkajs reads the topic with read_committed, each value's writer
// schema comes from the registry by the id in its Confluent wire-format header, avsc decodes it, and each record is
// printed as one JSON line on stdout. Offsets are committed after a record is printed. See docs/subscribers.md.
//
//   KAFKA_BOOTSTRAP        host:port[,host:port]            (default 127.0.0.1:9092)
//   SCHEMA_REGISTRY_URL    the registry's Confluent API     (default http://127.0.0.1:8081/apis/ccompat/v7)
//   TOPIC                  (default wirefeed.enriched)
//   GROUP_ID               (default wirefeed-subscriber-node)
//   MAX_RECORDS            stop after this many records     (default 0: no limit)
//   TIMEOUT_MS             stop after this long             (default 0: no limit; exit code 2 if MAX_RECORDS
//                                                            were asked for and not all came)

const { Kafka, logLevel } = require('kafkajs');
const avro = require('avsc');

const config = {
  brokers: (process.env.KAFKA_BOOTSTRAP || '127.0.0.1:9092').split(','),
  registryUrl: (process.env.SCHEMA_REGISTRY_URL || 'http://127.0.0.1:8081/apis/ccompat/v7').replace(/\/+$/, ''),
  topic: process.env.TOPIC || 'wirefeed.enriched',
  groupId: process.env.GROUP_ID || 'wirefeed-subscriber-node',
  maxRecords: Number(process.env.MAX_RECORDS || 0),
  timeoutMs: Number(process.env.TIMEOUT_MS || 0),
};

/** Avro's timestamp-millis as a JavaScript Date (avsc leaves logical types it is not given as plain longs). */
class TimestampMillis extends avro.types.LogicalType {
  _fromValue(value) {
    return new Date(value);
  }

  _toValue(date) {
    return date instanceof Date ? date.getTime() : undefined;
  }

  _resolve(type) {
    if (avro.Type.isType(type, 'long', 'logical:timestamp-millis')) {
      return this._fromValue;
    }
    return undefined;
  }
}

const types = new Map(); // schema id -> Promise of an avsc Type: one registry call per schema id

function writerType(id) {
  if (!types.has(id)) {
    const loaded = fetch(`${config.registryUrl}/schemas/ids/${id}`)
      .then(async (response) => {
        if (!response.ok) {
          throw new Error(`schema ${id}: the registry answered ${response.status} ${await response.text()}`);
        }
        const { schema } = await response.json();
        return avro.Type.forSchema(JSON.parse(schema), { logicalTypes: { 'timestamp-millis': TimestampMillis } });
      });
    loaded.catch(() => types.delete(id)); // a failed fetch is tried again next time
    types.set(id, loaded);
  }
  return types.get(id);
}

/** The Confluent wire format: magic byte 0, the schema id as a 4-byte big-endian int, the Avro binary encoding. */
async function decode(value) {
  if (value === null || value.length < 5 || value.readUInt8(0) !== 0) {
    throw new Error('not in the Confluent wire format (magic byte 0 and a schema id)');
  }
  const type = await writerType(value.readInt32BE(1));
  return type.fromBuffer(value.subarray(5));
}

/** What a subscriber usually wants of a record; the whole value is in `dispatch`. */
function summary(message, partition, dispatch) {
  return {
    partition,
    offset: message.offset,
    key: message.key === null ? null : message.key.toString('utf8'),
    id: dispatch.id,
    version: dispatch.version,
    verdict: dispatch.dedupe.verdict,
    of: dispatch.dedupe.of,
    pubStatus: dispatch.pubStatus,
    agency: dispatch.agency,
    headline: dispatch.headline,
    story: dispatch.story,
    receivedAt: dispatch.receivedAt,
    entities: dispatch.entities.map((e) => ({ type: e.type, name: e.name, id: e.id })),
    topics: dispatch.topics.map((t) => ({ code: t.code, label: t.label, score: t.score })),
  };
}

async function main() {
  const kafka = new Kafka({ clientId: config.groupId, brokers: config.brokers, logLevel: logLevel.WARN,
    logCreator: () => ({ namespace, level, log }) => {
      console.error(JSON.stringify({ level, namespace, message: log.message, error: log.error }));
    } });
  const consumer = kafka.consumer({ groupId: config.groupId, readUncommitted: false });
  let count = 0;
  let finish;
  const finished = new Promise((resolve) => { finish = resolve; });
  if (config.timeoutMs > 0) {
    setTimeout(() => finish('timeout'), config.timeoutMs).unref();
  }
  process.once('SIGINT', () => finish('interrupted'));
  process.once('SIGTERM', () => finish('interrupted'));

  consumer.on(consumer.events.CRASH, ({ payload }) => {
    if (!payload.restart) {
      finish(`crashed: ${payload.error.message}`);
    }
  });

  await consumer.connect();
  await consumer.subscribe({ topics: [config.topic], fromBeginning: true });
  await consumer.run({
    autoCommit: false,
    eachMessage: async ({ topic, partition, message }) => {
      if (config.maxRecords > 0 && count >= config.maxRecords) {
        return; // enough: neither printed nor committed, so the group reads it next time
      }
      const dispatch = await decode(message.value);
      process.stdout.write(`${JSON.stringify(summary(message, partition, dispatch))}\n`);
      await consumer.commitOffsets([{ topic, partition, offset: (BigInt(message.offset) + 1n).toString() }]);
      count += 1;
      if (config.maxRecords > 0 && count >= config.maxRecords) {
        finish('done');
      }
    },
  });
  const why = await finished;
  await consumer.disconnect();
  console.error(`read ${count} record(s) from ${config.topic} (${why})`);
  if (why.startsWith('crashed')) {
    return 1;
  }
  return why === 'timeout' && config.maxRecords > 0 ? 2 : 0;
}

main().then((code) => {
  process.exitCode = code;
}, (error) => {
  console.error(error);
  process.exitCode = 1;
});
