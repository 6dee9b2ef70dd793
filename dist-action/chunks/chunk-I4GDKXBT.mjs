import { createRequire as __cldscanCreateRequire } from 'node:module';
import { fileURLToPath as __cldscanFileURLToPath } from 'node:url';
const require = __cldscanCreateRequire(import.meta.url);
const __cldscanFilename = __cldscanFileURLToPath(import.meta.url);
const __cldscanDirname = __cldscanFileURLToPath(new URL('.', import.meta.url));

// src/policy/network.ts
var ADMIN_PORTS = [
  { port: 22, name: "SSH" },
  { port: 23, name: "Telnet" },
  { port: 3389, name: "RDP" },
  { port: 5985, name: "WinRM" },
  { port: 5986, name: "WinRM over HTTPS" },
  { port: 5900, name: "VNC" },
  { port: 2375, name: "Docker API" },
  { port: 2376, name: "Docker API (TLS)" },
  { port: 6443, name: "Kubernetes API" },
  { port: 10250, name: "kubelet" },
  { port: 2379, name: "etcd" },
  { port: 2380, name: "etcd peer" },
  { port: 1433, name: "SQL Server" },
  { port: 1521, name: "Oracle" },
  { port: 3306, name: "MySQL" },
  { port: 5432, name: "PostgreSQL" },
  { port: 27017, name: "MongoDB" },
  { port: 6379, name: "Redis" },
  { port: 9200, name: "Elasticsearch" },
  { port: 11211, name: "Memcached" },
  { port: 9042, name: "Cassandra" }
];
var PUBLIC_TAGS = /* @__PURE__ */ new Set(["*", "internet", "any", "0.0.0.0", "0.0.0.0/0", "::/0", "::"]);
function isPublicSource(source) {
  const s = source.trim().toLowerCase();
  if (PUBLIC_TAGS.has(s)) return true;
  const m = /^([0-9.]+)\/(\d{1,2})$/.exec(s);
  if (m) {
    const prefix = Number(m[2]);
    if (prefix === 0) return true;
    if (prefix > 8) return false;
    const first = Number(m[1].split(".")[0]);
    return first !== 10 && first !== 127;
  }
  const v6 = /^([0-9a-f:]+)\/(\d{1,3})$/.exec(s);
  if (v6) {
    const prefix = Number(v6[2]);
    if (prefix === 0) return true;
    if (prefix > 16) return false;
    return !/^f[cd]/.test(v6[1]) && !/^fe80/.test(v6[1]);
  }
  return false;
}
function coversTcp(protocol) {
  const p = protocol.toLowerCase();
  return p === "tcp" || p === "all" || p === "-1" || p === "6" || p === "*";
}
function portsCover(ports, port) {
  return ports === "all" || ports.some((r) => r.from <= port && port <= r.to);
}
function isReturnTraffic(rule) {
  return Array.isArray(rule.ports) && rule.ports.length > 0 && rule.ports.every((p) => p.from >= 1024 && p.to === 65535);
}
function adminExposure(facet, adminPorts) {
  const out = { exposed: [], undecided: [] };
  if (facet.enabled === "no") return out;
  const ordered = facet.evaluation === "priority" ? [...facet.rules].sort((a, b) => (a.priority ?? Infinity) - (b.priority ?? Infinity)) : facet.rules;
  const rules = facet.stateless ? ordered.filter((r) => !(r.action === "allow" && isReturnTraffic(r))) : ordered;
  for (const admin of adminPorts) {
    let decided = false;
    for (const rule of rules) {
      if (!coversTcp(rule.protocol)) continue;
      if (rule.ports === "unknown" || rule.sources === "unknown") {
        if (rule.ports !== "unknown" && !portsCover(rule.ports, admin.port)) continue;
        if (rule.sources !== "unknown" && !rule.sources.some(isPublicSource)) continue;
        if (facet.evaluation === "priority" || rule.action === "allow") {
          out.undecided.push({ ...admin, rule });
          decided = true;
          break;
        }
        continue;
      }
      if (!portsCover(rule.ports, admin.port) || !rule.sources.some(isPublicSource)) continue;
      if (rule.action === "allow") out.exposed.push({ ...admin, rule });
      if (rule.action === "allow" || facet.evaluation === "priority") {
        decided = true;
        break;
      }
    }
    if (!decided && !facet.complete) out.undecided.push(admin);
  }
  if (facet.enabled === "unknown" && out.exposed.length) {
    for (const item of out.exposed) out.undecided.push(item);
    out.exposed = [];
  }
  return out;
}

export {
  ADMIN_PORTS,
  isPublicSource,
  coversTcp,
  portsCover,
  adminExposure
};
