// Built from server/functions/action-type-catalog.ts by tools/build-functions.mjs. Do not edit: run npm run build.
"use strict";
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// server/functions/action-type-catalog.ts
var action_type_catalog_exports = {};
__export(action_type_catalog_exports, {
  actionTypeCatalog: () => actionTypeCatalog,
  actionTypeCatalogInput: () => actionTypeCatalogInput,
  main: () => main
});
module.exports = __toCommonJS(action_type_catalog_exports);

// node_modules/zod/v4/core/util.js
function jsonStringifyReplacer(_, value) {
  if (typeof value === "bigint")
    return value.toString();
  return value;
}
var Cached = class {
  constructor(getter) {
    this._getter = getter;
    this._value = void 0;
  }
  get value() {
    const getter = this._getter;
    if (getter !== void 0) {
      this._value = getter();
      this._getter = void 0;
    }
    return this._value;
  }
};
function cached(getter) {
  return new Cached(getter);
}
function nullish(input) {
  return input === null || input === void 0;
}
function cleanRegex(source) {
  const start = source.startsWith("^") ? 1 : 0;
  const end = source.endsWith("$") ? source.length - 1 : source.length;
  return source.slice(start, end);
}
function assignProp(target, prop, value) {
  Object.defineProperty(target, prop, {
    value,
    writable: true,
    enumerable: true,
    configurable: true
  });
}
var captureStackTrace = "captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => {
};
function isObject(data) {
  return typeof data === "object" && data !== null && !Array.isArray(data);
}
function isPlainObject(o) {
  if (isObject(o) === false)
    return false;
  const ctor = o.constructor;
  if (ctor === void 0)
    return true;
  if (typeof ctor !== "function")
    return true;
  const prot = ctor.prototype;
  if (isObject(prot) === false)
    return false;
  if (Object.prototype.hasOwnProperty.call(prot, "isPrototypeOf") === false) {
    return false;
  }
  return true;
}
function clone(inst, def, params) {
  const cl = new inst._zod.constr(def ?? inst._zod.def);
  if (!def || params?.parent)
    cl._zod.parent = inst;
  return cl;
}
function normalizeParams(_params) {
  const params = _params;
  if (!params)
    return {};
  if (typeof params === "string")
    return { error: () => params };
  if (params?.message !== void 0) {
    if (params?.error !== void 0)
      throw new Error("Cannot specify both `message` and `error` params");
    params.error = params.message;
  }
  delete params.message;
  if (typeof params.error === "string")
    return { ...params, error: () => params.error };
  return params;
}
function optionalKeys(shape) {
  return Object.keys(shape).filter((k) => {
    return shape[k]._zod.optin !== void 0 && shape[k]._zod.optout === "optional";
  });
}
function aborted(x, startIndex = 0) {
  if (x.aborted === true)
    return true;
  for (let i = startIndex; i < x.issues.length; i++) {
    if (x.issues[i]?.continue !== true) {
      return true;
    }
  }
  return false;
}
function explicitlyAborted(x, startIndex = 0) {
  if (x.aborted === true)
    return true;
  for (let i = startIndex; i < x.issues.length; i++) {
    if (x.issues[i]?.continue === false) {
      return true;
    }
  }
  return false;
}
function prefixIssues(path, issues) {
  return issues.map((iss) => {
    var _a2;
    (_a2 = iss).path ?? (_a2.path = []);
    iss.path.unshift(path);
    return iss;
  });
}
function unwrapMessage(message) {
  return typeof message === "string" ? message : message?.message;
}
function sizeCaps(defChecks) {
  const caps = [];
  for (const ch of defChecks ?? []) {
    const d = ch._zod.def;
    if (!/_(length|size)$|_equals$/.test(d.check))
      break;
    const max = d.maximum ?? d.length ?? d.size;
    if (max >= 0)
      caps.push([max, ch]);
  }
  return caps;
}
function attachSchema(issues, start, inst) {
  var _a2;
  for (let i = start; i < issues.length; i++) {
    (_a2 = issues[i]).schema ?? (_a2.schema = inst);
  }
}
function finalizeIssue(iss, ctx, config2) {
  var _a2;
  const traits = iss.inst?._zod?.traits;
  if (traits?.has("$ZodType")) {
    if (traits.has("$ZodCheck"))
      (_a2 = iss).schema ?? (_a2.schema = iss.inst);
    else
      iss.schema = iss.inst;
  }
  const schemaError = iss.schema !== iss.inst ? iss.schema?._zod.def?.error : void 0;
  const message = iss.message ? iss.message : unwrapMessage(iss.inst?._zod.def?.error?.(iss)) ?? unwrapMessage(schemaError?.(iss)) ?? unwrapMessage(ctx?.error?.(iss)) ?? unwrapMessage(config2.customError?.(iss)) ?? unwrapMessage(config2.localeError?.(iss)) ?? "Invalid input";
  const full = {};
  for (const k of Object.keys(iss)) {
    if (k === "inst" || k === "schema" || k === "continue" || k === "input" || k === "__proto__")
      continue;
    full[k] = iss[k];
  }
  full.path ?? (full.path = []);
  full.message = message;
  if (ctx?.reportInput) {
    full.input = iss.input;
  }
  return full;
}
var highSurrogate = /[\uD800-\uDBFF]/;
function codePointLength(str2) {
  const units = str2.length;
  if (!highSurrogate.test(str2))
    return units;
  let count = units;
  for (let i = 0; i < units - 1; i++) {
    if ((str2.charCodeAt(i) & 64512) === 55296 && (str2.charCodeAt(i + 1) & 64512) === 56320) {
      count--;
      i++;
    }
  }
  return count;
}
function getLengthableOrigin(input) {
  if (Array.isArray(input))
    return "array";
  if (typeof input === "string")
    return "string";
  return "unknown";
}
function members(proto, table) {
  for (const key in table) {
    const desc = Object.getOwnPropertyDescriptor(table, key);
    if (desc.get)
      Object.defineProperty(proto, key, { ...desc, enumerable: false });
    else
      defineBound(proto, key, desc.value);
  }
}
function own(inst, key, value, enumerable = true) {
  Object.defineProperty(inst, key, { configurable: true, writable: true, enumerable, value });
  return value;
}
function hide(inst, key, value) {
  return own(inst, key, value, false);
}
function defineBound(proto, key, fn) {
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      return this == null ? fn : own(this, key, fn.bind(this));
    },
    set(value) {
      own(this, key, value);
    }
  });
}
function claim(inst, sentinel) {
  const proto = Object.getPrototypeOf(inst);
  return sentinel in proto ? void 0 : proto;
}
var installing;
var broke = false;
var breaker = {
  configurable: true,
  get() {
    broke = true;
    return void 0;
  }
};
function defineLazyInternal(inst, key, compute) {
  const proto = Object.getPrototypeOf(inst._zod);
  if (key in proto && installing !== inst._zod) {
    installing = void 0;
    return;
  }
  installing = inst._zod;
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      Object.defineProperty(this, key, breaker);
      const outer = broke;
      broke = false;
      try {
        const value = compute(this);
        if (broke)
          delete this[key];
        else
          Object.defineProperty(this, key, { configurable: true, writable: true, value });
        broke = broke || outer;
        return value;
      } catch (err) {
        delete this[key];
        broke = broke || outer;
        throw err;
      }
    },
    set(value) {
      Object.defineProperty(this, key, { configurable: true, writable: true, value });
    }
  });
}
function installLazyProp(inst, key, make, enumerable) {
  const proto = claim(inst, key);
  if (!proto)
    return;
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      const desc = { configurable: true, writable: true, enumerable, value: void 0 };
      Object.defineProperty(this, key, desc);
      desc.value = make(this);
      Object.defineProperty(this, key, desc);
      return desc.value;
    },
    set(value) {
      Object.defineProperty(this, key, { configurable: true, writable: true, enumerable, value });
    }
  });
}

// node_modules/zod/v4/core/core.js
var _a;
var _zodDesc = { value: void 0, enumerable: false };
var _E = "captureStackTrace" in Error ? Error : null;
function newError(Definition) {
  const E = _E;
  if (E) {
    const saved = E.stackTraceLimit;
    if (typeof saved === "number") {
      try {
        E.stackTraceLimit = 0;
      } catch {
        _E = null;
        return new Definition();
      }
      try {
        return new Definition();
      } finally {
        E.stackTraceLimit = saved;
      }
    }
  }
  return new Definition();
}
// @__NO_SIDE_EFFECTS__
function $constructor(name, initializer2, proto, params) {
  const zodProto = {};
  function Internals(def) {
    this.def = def;
    this.constr = _;
    this.traits = /* @__PURE__ */ new Set();
  }
  Internals.prototype = zodProto;
  const protoMembers = proto;
  const initialized = protoMembers && /* @__PURE__ */ new WeakSet();
  function init(inst, def) {
    if (!inst._zod) {
      _zodDesc.value = new Internals(def);
      try {
        Object.defineProperty(inst, "_zod", _zodDesc);
      } finally {
        _zodDesc.value = void 0;
      }
    } else if (inst._zod.traits.has(name)) {
      return;
    }
    inst._zod.traits.add(name);
    initializer2(inst, def);
    if (initialized) {
      const own2 = Object.getPrototypeOf(inst);
      const ctorProto = inst._zod.constr.prototype;
      let up = own2;
      while (up && up !== ctorProto)
        up = Object.getPrototypeOf(up);
      const target = up ?? own2;
      if (!initialized.has(target)) {
        initialized.add(target);
        members(target, protoMembers);
      }
    }
    const proto2 = _.prototype;
    for (const k in proto2) {
      if (!Object.prototype.hasOwnProperty.call(proto2, k))
        continue;
      if (!(k in inst)) {
        inst[k] = proto2[k].bind(inst);
      }
    }
  }
  const Parent = params?.Parent ?? Object;
  class Definition extends Parent {
  }
  Object.defineProperty(Definition, "name", { value: name });
  function _(def) {
    const inst = params?.Parent ? newError(Definition) : this;
    init(inst, def);
    const deferred = inst._zod.deferred;
    if (deferred) {
      for (const fn of deferred) {
        fn();
      }
      inst._zod.deferred = void 0;
    }
    const pp = globalThis.__zod_globalConfig?.postProcessor;
    if (pp)
      pp(inst);
    return inst;
  }
  Object.defineProperty(_, "init", { value: init });
  Object.defineProperty(_, Symbol.hasInstance, {
    value: (inst) => {
      if (params?.Parent && inst instanceof params.Parent)
        return true;
      return inst?._zod?.traits?.has(name);
    }
  });
  Object.defineProperty(_, "name", { value: name });
  return _;
}
var $ZodAsyncError = class extends Error {
  constructor() {
    super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`);
  }
};
var $ZodEncodeError = class extends Error {
  constructor(name) {
    super(`Encountered unidirectional transform during encode: ${name}`);
    this.name = "ZodEncodeError";
  }
};
(_a = globalThis).__zod_globalConfig ?? (_a.__zod_globalConfig = {});
var globalConfig = globalThis.__zod_globalConfig;
function config(newConfig) {
  if (newConfig)
    Object.assign(globalConfig, newConfig);
  return globalConfig;
}

// node_modules/zod/v4/core/errors.js
function _getMessage() {
  const internals = this._zod;
  internals.message ?? (internals.message = JSON.stringify(internals.def, jsonStringifyReplacer, 2));
  return internals.message;
}
function _setMessage(value) {
  this._zod.message = value;
}
var _messageDesc = {
  get: _getMessage,
  set: _setMessage,
  enumerable: true,
  configurable: true
};
var _issuesDesc = { value: void 0, enumerable: false };
var _installedToString = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
var initializer = (inst, def) => {
  inst.name = "$ZodError";
  _issuesDesc.value = def;
  Object.defineProperty(inst, "issues", _issuesDesc);
  _issuesDesc.value = void 0;
  Object.defineProperty(inst, "message", _messageDesc);
  const proto = Object.getPrototypeOf(inst);
  if (!_installedToString.has(proto)) {
    _installedToString.add(proto);
    Object.defineProperty(proto, "toString", {
      configurable: true,
      enumerable: false,
      get() {
        const value = () => this.message;
        Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
        return value;
      },
      set(value) {
        Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
      }
    });
  }
};
var $ZodError = $constructor("$ZodError", initializer);
var $ZodRealError = $constructor("$ZodError", initializer, void 0, {
  Parent: Error
});

// node_modules/zod/v4/core/parse.js
var _parse = (_Err) => {
  const fn = (schema, value, _ctx, _params) => {
    const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
    const result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise) {
      throw new $ZodAsyncError();
    }
    if (result.issues.length) {
      const e = new (_params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
      captureStackTrace(e, _params?.callee ?? fn);
      throw e;
    }
    return result.value;
  };
  return fn;
};
var parse = /* @__PURE__ */ _parse($ZodRealError);
var _parseAsync = (_Err) => {
  const fn = async (schema, value, _ctx, params) => {
    const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
    let result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise)
      result = await result;
    if (result.issues.length) {
      const e = new (params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
      captureStackTrace(e, params?.callee ?? fn);
      throw e;
    }
    return result.value;
  };
  return fn;
};
var parseAsync = /* @__PURE__ */ _parseAsync($ZodRealError);
var _safeParse = (_Err) => (schema, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
  const result = schema._zod.run({ value, issues: [] }, ctx);
  if (result instanceof Promise) {
    throw new $ZodAsyncError();
  }
  return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
var safeParse = /* @__PURE__ */ _safeParse($ZodRealError);
function failure(Err, issues, ctx) {
  let error;
  return {
    success: false,
    get error() {
      if (!error) {
        error = new Err(issues.map((iss) => finalizeIssue(iss, ctx, config())));
        issues = void 0;
        ctx = void 0;
      }
      return error;
    },
    set error(e) {
      error = e;
      issues = void 0;
      ctx = void 0;
    }
  };
}
var _safeParseAsync = (_Err) => async (schema, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
  let result = schema._zod.run({ value, issues: [] }, ctx);
  if (result instanceof Promise)
    result = await result;
  return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
var safeParseAsync = /* @__PURE__ */ _safeParseAsync($ZodRealError);

// node_modules/zod/v4/core/regexes.js
var anyString = /^[\s\S]{0,}$/;
var number = /^-?\d+(?:\.\d+)?$/;
var boolean = /^(?:true|false)$/i;

// node_modules/zod/v4/core/checks.js
var $ZodCheck = /* @__PURE__ */ $constructor("$ZodCheck", (inst, def) => {
  var _a2;
  inst._zod ?? (inst._zod = {});
  inst._zod.def = def;
  (_a2 = inst._zod).onattach ?? (_a2.onattach = []);
});
var _whenHasLength = (payload) => {
  const val = payload.value;
  return !nullish(val) && val.length !== void 0;
};
var $ZodCheckMaxLength = /* @__PURE__ */ $constructor("$ZodCheckMaxLength", (inst, def) => {
  var _a2;
  $ZodCheck.init(inst, def);
  (_a2 = inst._zod.def).when ?? (_a2.when = _whenHasLength);
  inst._zod.check = (payload) => {
    const input = payload.value;
    const units = input.length;
    const length = typeof input === "string" && units > def.maximum ? codePointLength(input) : units;
    if (length <= def.maximum)
      return;
    const origin = getLengthableOrigin(input);
    payload.issues.push({
      origin,
      code: "too_big",
      maximum: def.maximum,
      inclusive: true,
      input,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckStringFormat = /* @__PURE__ */ $constructor("$ZodCheckStringFormat", (inst, def) => {
  var _a2, _b;
  $ZodCheck.init(inst, def);
  if (def.pattern)
    (_a2 = inst._zod).check ?? (_a2.check = (payload) => {
      def.pattern.lastIndex = 0;
      if (def.pattern.test(payload.value))
        return;
      payload.issues.push({
        origin: "string",
        code: "invalid_format",
        format: def.format,
        input: payload.value,
        ...def.pattern ? { pattern: def.pattern.toString() } : {},
        inst,
        continue: !def.abort
      });
    });
  else
    (_b = inst._zod).check ?? (_b.check = () => {
    });
});
var $ZodCheckRegex = /* @__PURE__ */ $constructor("$ZodCheckRegex", (inst, def) => {
  $ZodCheckStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    def.pattern.lastIndex = 0;
    if (def.pattern.test(payload.value))
      return;
    payload.issues.push({
      origin: "string",
      code: "invalid_format",
      format: "regex",
      input: payload.value,
      pattern: def.pattern.toString(),
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckOverwrite = /* @__PURE__ */ $constructor("$ZodCheckOverwrite", (inst, def) => {
  $ZodCheck.init(inst, def);
  inst._zod.check = (payload) => {
    payload.value = def.tx(payload.value);
  };
});

// node_modules/zod/v4/core/versions.js
var version = {
  major: 4,
  minor: 6,
  patch: 7
};

// node_modules/zod/v4/core/schemas.js
var $ZodType = /* @__PURE__ */ $constructor("$ZodType", (inst, def) => {
  var _a2;
  inst ?? (inst = {});
  inst._zod.def = def;
  inst._zod.bag = inst._zod.bag || {};
  inst._zod.version = version;
  const defChecks = inst._zod.def.checks;
  const checks = inst._zod.traits.has("$ZodCheck") ? [inst, ...defChecks ?? []] : defChecks?.length ? [...defChecks] : [];
  for (const ch of checks) {
    for (const fn of ch._zod.onattach) {
      fn(inst);
    }
  }
  if (checks.length === 0) {
    (_a2 = inst._zod).deferred ?? (_a2.deferred = []);
    inst._zod.deferred?.push(() => {
      inst._zod.run = inst._zod.parse;
    });
  } else {
    const runChecks = (payload, checks2, ctx) => {
      if (payload.memo)
        return payload;
      let isAborted = aborted(payload);
      let asyncResult;
      for (const ch of checks2) {
        if (ch._zod.def.when) {
          if (explicitlyAborted(payload))
            continue;
          const shouldRun = ch._zod.def.when(payload);
          if (!shouldRun)
            continue;
        } else if (isAborted) {
          continue;
        }
        const currLen = payload.issues.length;
        const _ = ch._zod.check(payload);
        if (_ instanceof Promise && ctx?.async === false) {
          throw new $ZodAsyncError();
        }
        if (asyncResult || _ instanceof Promise) {
          asyncResult = (asyncResult ?? Promise.resolve()).then(async () => {
            await _;
            const nextLen = payload.issues.length;
            if (nextLen === currLen)
              return;
            attachSchema(payload.issues, currLen, inst);
            if (!isAborted)
              isAborted = aborted(payload, currLen);
          });
        } else {
          const nextLen = payload.issues.length;
          if (nextLen === currLen)
            continue;
          attachSchema(payload.issues, currLen, inst);
          if (!isAborted)
            isAborted = aborted(payload, currLen);
        }
      }
      if (asyncResult) {
        return asyncResult.then(() => {
          return payload;
        });
      }
      return payload;
    };
    const handleCanaryResult = (canary, payload, ctx) => {
      if (aborted(canary)) {
        canary.aborted = true;
        return canary;
      }
      const checkResult = runChecks(payload, checks, ctx);
      if (checkResult instanceof Promise) {
        if (ctx.async === false)
          throw new $ZodAsyncError();
        return checkResult.then((checkResult2) => inst._zod.parse(checkResult2, ctx));
      }
      return inst._zod.parse(checkResult, ctx);
    };
    inst._zod.run = (payload, ctx) => {
      if (ctx.skipChecks) {
        return inst._zod.parse(payload, ctx);
      }
      if (ctx.direction === "backward") {
        const canary = inst._zod.parse({ value: payload.value, issues: [] }, { ...ctx, skipChecks: true });
        if (canary instanceof Promise) {
          return canary.then((canary2) => {
            return handleCanaryResult(canary2, payload, ctx);
          });
        }
        return handleCanaryResult(canary, payload, ctx);
      }
      const result = inst._zod.parse(payload, ctx);
      if (result instanceof Promise) {
        if (ctx.async === false)
          throw new $ZodAsyncError();
        return result.then((result2) => runChecks(result2, checks, ctx));
      }
      return runChecks(result, checks, ctx);
    };
  }
}, {
  // Wrappers extend this by installing a richer factory over it; reading it eagerly would defeat the laziness.
  get "~standard"() {
    return hide(this, "~standard", standardProps(this));
  },
  set "~standard"(value) {
    own(this, "~standard", value);
  }
});
var toStandardResult = (r, ctx) => r.issues.length ? { issues: r.issues.map((iss) => finalizeIssue(iss, ctx, config())) } : { value: r.value };
async function validateAsync(inst, value) {
  const ctx = { async: true };
  return toStandardResult(await inst._zod.run({ value, issues: [] }, ctx), ctx);
}
function standardProps(inst) {
  return {
    validate: (value) => {
      const ctx = { async: false };
      try {
        const r = inst._zod.run({ value, issues: [] }, ctx);
        if (!(r instanceof Promise))
          return toStandardResult(r, ctx);
      } catch (_) {
      }
      return validateAsync(inst, value);
    },
    vendor: "zod",
    version: 1
  };
}
var $ZodString = /* @__PURE__ */ $constructor("$ZodString", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = def.pattern ?? anyString;
  inst._zod.parse = (payload, _) => {
    if (def.coerce)
      try {
        payload.value = String(payload.value);
      } catch (_2) {
      }
    if (typeof payload.value === "string")
      return payload;
    payload.issues.push({
      expected: "string",
      code: "invalid_type",
      input: payload.value,
      inst
    });
    return payload;
  };
});
var $ZodNumber = /* @__PURE__ */ $constructor("$ZodNumber", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = number;
  inst._zod.parse = (payload, _ctx) => {
    if (def.coerce)
      try {
        payload.value = Number(payload.value);
      } catch (_) {
      }
    const input = payload.value;
    if (typeof input === "number" && !Number.isNaN(input) && Number.isFinite(input)) {
      return payload;
    }
    const received = typeof input === "number" ? Number.isNaN(input) ? "NaN" : !Number.isFinite(input) ? String(input) : void 0 : void 0;
    payload.issues.push({
      expected: "number",
      code: "invalid_type",
      input,
      inst,
      ...received ? { received } : {}
    });
    return payload;
  };
});
var $ZodBoolean = /* @__PURE__ */ $constructor("$ZodBoolean", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = boolean;
  inst._zod.parse = (payload, _ctx) => {
    if (def.coerce)
      try {
        payload.value = Boolean(payload.value);
      } catch (_) {
      }
    const input = payload.value;
    if (typeof input === "boolean")
      return payload;
    payload.issues.push({
      expected: "boolean",
      code: "invalid_type",
      input,
      inst
    });
    return payload;
  };
});
var $ZodUnknown = /* @__PURE__ */ $constructor("$ZodUnknown", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.parse = (payload) => payload;
});
var $ZodNever = /* @__PURE__ */ $constructor("$ZodNever", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.parse = (payload, _ctx) => {
    payload.issues.push({
      expected: "never",
      code: "invalid_type",
      input: payload.value,
      inst
    });
    return payload;
  };
});
function capSize(inst, size) {
  const caps = sizeCaps(inst._zod.def.checks);
  if (!caps.length)
    return;
  const cap = Math.min(...caps.map((c) => c[0]));
  const parse2 = inst._zod.parse;
  inst._zod.parse = (payload, ctx) => {
    const n = size(payload.value);
    if (n > cap && !ctx?.skipChecks && ctx?.direction !== "backward") {
      for (const [max, ch] of sizeCaps(inst._zod.def.checks)) {
        if (n > max && ch._zod.def.when(payload)) {
          const start = payload.issues.length;
          ch._zod.check(payload);
          payload.issues[start].continue = false;
          attachSchema(payload.issues, start, inst);
          return payload;
        }
      }
    }
    return parse2(payload, ctx);
  };
}
var arraySize = (input) => Array.isArray(input) ? input.length : -1;
function handleArrayResult(result, final, index) {
  if (result.issues.length) {
    final.issues.push(...prefixIssues(index, result.issues));
  }
  final.value[index] = result.value;
}
var $ZodArray = /* @__PURE__ */ $constructor("$ZodArray", (inst, def) => {
  $ZodType.init(inst, def);
  const memo = globalConfig.memoizer;
  memo?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    const input = payload.value;
    if (!Array.isArray(input)) {
      payload.issues.push({
        expected: "array",
        code: "invalid_type",
        input,
        inst
      });
      return payload;
    }
    payload.value = memo ? memo.alloc(inst, payload, Array(input.length), ctx) : Array(input.length);
    const proms = [];
    const abortEarly = ctx?.abortEarly;
    for (let i = 0; i < input.length; i++) {
      const item = input[i];
      const result = def.element._zod.run({
        value: item,
        issues: []
      }, ctx);
      if (result instanceof Promise) {
        proms.push(result.then((result2) => handleArrayResult(result2, payload, i)));
      } else {
        handleArrayResult(result, payload, i);
        if (abortEarly && result.issues.length !== 0 && aborted(result))
          break;
      }
    }
    if (proms.length) {
      return Promise.all(proms).then(() => payload);
    }
    return payload;
  };
  capSize(inst, arraySize);
});
function handlePropertyResult(result, final, key, input, optin, optout) {
  const isPresent = key in input;
  const isOptionalOut = optout === "optional";
  if (!isPresent && isOptionalOut && optin === "optional") {
    return;
  }
  if (result.issues.length) {
    if (optin !== void 0 && isOptionalOut && !isPresent) {
      return;
    }
    final.issues.push(...prefixIssues(key, result.issues));
  }
  if (!isPresent && optin === void 0) {
    if (!result.issues.length) {
      final.issues.push({
        code: "invalid_type",
        expected: "nonoptional",
        input: void 0,
        path: [key]
      });
    }
    return;
  }
  if (result.value === void 0) {
    if (isPresent || optin === "defaulted" && !isOptionalOut) {
      final.value[key] = void 0;
    }
  } else {
    final.value[key] = result.value;
  }
}
var NO_SYMBOL_KEYS = [];
function normalizeDef(def) {
  const keys = Object.keys(def.shape);
  const ownSymbols = Object.getOwnPropertySymbols(def.shape);
  const symbolKeys = ownSymbols.length ? ownSymbols : NO_SYMBOL_KEYS;
  const allKeys = symbolKeys.length ? [...keys, ...symbolKeys] : keys;
  for (const k of allKeys) {
    if (!def.shape?.[k]?._zod?.traits?.has("$ZodType")) {
      throw new Error(`Invalid element at key "${String(k)}": expected a Zod schema`);
    }
  }
  const okeys = optionalKeys(def.shape);
  return {
    ...def,
    allKeys,
    symbolKeys,
    // string-only: handleCatchall matches it against `for...in`, which never yields a symbol
    keySet: new Set(keys),
    numKeys: keys.length,
    optionalKeys: new Set(okeys)
  };
}
function handleCatchall(proms, input, payload, ctx, def, inst, abortEarly) {
  const unrecognized = [];
  const keySet = def.keySet;
  const _catchall = def.catchall._zod;
  const t = _catchall.def.type;
  const optin = _catchall.optin;
  const optout = _catchall.optout;
  let seen = 0;
  for (const key in input) {
    if (abortEarly && payload.issues.length !== seen) {
      if (aborted(payload, seen))
        break;
      seen = payload.issues.length;
    }
    if (keySet.has(key))
      continue;
    if (key === "__proto__") {
      if (t === "never")
        unrecognized.push(key);
      continue;
    }
    if (t === "never") {
      unrecognized.push(key);
      continue;
    }
    const r = _catchall.run({ value: input[key], issues: [] }, ctx);
    if (r instanceof Promise) {
      proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input, optin, optout)));
    } else {
      handlePropertyResult(r, payload, key, input, optin, optout);
    }
  }
  if (unrecognized.length) {
    payload.issues.push({
      code: "unrecognized_keys",
      keys: unrecognized,
      input,
      inst,
      // Describes the shape of the input, not the validity of the parsed value, so it never aborts. The parse still fails; the schema's own checks just get to run first, and an enclosing intersection can reconcile the key against a sibling operand.
      continue: true
    });
  }
  if (!proms.length)
    return payload;
  return Promise.all(proms).then(() => {
    return payload;
  });
}
var $ZodObject = /* @__PURE__ */ $constructor("$ZodObject", (inst, def) => {
  $ZodType.init(inst, def);
  const desc = Object.getOwnPropertyDescriptor(def, "shape");
  const sh = desc?.get ? desc.get.raw : def.shape ?? {};
  if (sh) {
    const get = () => {
      const newSh = { ...sh };
      Object.defineProperty(def, "shape", { value: newSh });
      get.raw = newSh;
      return newSh;
    };
    get.raw = sh;
    Object.defineProperty(def, "shape", { get });
  }
  const _normalized = cached(() => normalizeDef(def));
  defineLazyInternal(inst, "propValues", (zod) => {
    const shape = zod.def.shape;
    const propValues = {};
    for (const key in shape) {
      const field = shape[key]._zod;
      if (field.values) {
        if (!Object.prototype.hasOwnProperty.call(propValues, key)) {
          assignProp(propValues, key, /* @__PURE__ */ new Set());
        }
        for (const v of field.values)
          propValues[key].add(v);
        if (field.optin !== void 0)
          propValues[key].add(void 0);
      }
    }
    return propValues;
  });
  const isObject2 = isObject;
  const catchall = def.catchall;
  let value;
  const memo = globalConfig.memoizer;
  memo?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    value ?? (value = _normalized.value);
    const input = payload.value;
    if (!isObject2(input)) {
      payload.issues.push({
        expected: "object",
        code: "invalid_type",
        input,
        inst
      });
      return payload;
    }
    payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
    const proms = [];
    const shape = value.shape;
    const abortEarly = ctx?.abortEarly;
    let seen = payload.issues.length;
    for (const key of value.allKeys) {
      if (abortEarly && payload.issues.length !== seen) {
        if (aborted(payload, seen))
          break;
        seen = payload.issues.length;
      }
      if (key === "__proto__")
        continue;
      const el = shape[key];
      const optin = el._zod.optin;
      const optout = el._zod.optout;
      const r = el._zod.run({ value: input[key], issues: [] }, ctx);
      if (r instanceof Promise) {
        proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input, optin, optout)));
      } else {
        handlePropertyResult(r, payload, key, input, optin, optout);
      }
    }
    if (!catchall) {
      return proms.length ? Promise.all(proms).then(() => payload) : payload;
    }
    return handleCatchall(proms, input, payload, ctx, _normalized.value, inst, abortEarly === true);
  };
});
function handleUnionResults(results, final, inst, ctx) {
  for (const result of results) {
    if (result.issues.length === 0) {
      final.value = result.value;
      return final;
    }
  }
  const nonaborted = results.filter((r) => !aborted(r));
  if (nonaborted.length === 1) {
    final.value = nonaborted[0].value;
    return nonaborted[0];
  }
  final.issues.push({
    code: "invalid_union",
    input: final.value,
    inst,
    errors: results.map((result) => result.issues.map((iss) => finalizeIssue(iss, ctx, config())))
  });
  return final;
}
var $ZodUnion = /* @__PURE__ */ $constructor("$ZodUnion", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "optin", (zod) => zod.def.options.some((o) => o._zod.optin === "defaulted") ? "defaulted" : zod.def.options.some((o) => o._zod.optin !== void 0) ? "optional" : void 0);
  defineLazyInternal(inst, "optout", (zod) => zod.def.options.some((o) => o._zod.optout === "optional") ? "optional" : void 0);
  defineLazyInternal(inst, "values", (zod) => {
    if (zod.def.options.every((o) => o._zod.values)) {
      return new Set(zod.def.options.flatMap((option) => Array.from(option._zod.values)));
    }
    return void 0;
  });
  defineLazyInternal(inst, "pattern", (zod) => {
    if (zod.def.options.every((o) => o._zod.pattern)) {
      const patterns = zod.def.options.map((o) => o._zod.pattern);
      return new RegExp(`^(${patterns.map((p) => cleanRegex(p.source)).join("|")})$`);
    }
    return void 0;
  });
  const first = def.options.length === 1 ? def.options[0]._zod.run : null;
  inst._zod.parse = (payload, ctx) => {
    if (first) {
      return first(payload, ctx);
    }
    let async = false;
    const results = [];
    for (const option of def.options) {
      const result = option._zod.run({
        value: payload.value,
        issues: []
      }, ctx);
      if (result instanceof Promise) {
        results.push(result);
        async = true;
      } else {
        if (result.issues.length === 0)
          return result;
        results.push(result);
      }
    }
    if (!async)
      return handleUnionResults(results, payload, inst, ctx);
    return Promise.all(results).then((results2) => {
      return handleUnionResults(results2, payload, inst, ctx);
    });
  };
});
var $ZodRecord = /* @__PURE__ */ $constructor("$ZodRecord", (inst, def) => {
  $ZodType.init(inst, def);
  const memo = globalConfig.memoizer;
  memo?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    const input = payload.value;
    if (!isPlainObject(input)) {
      payload.issues.push({
        expected: "record",
        code: "invalid_type",
        input,
        inst
      });
      return payload;
    }
    const proms = [];
    const values = def.keyType._zod.values;
    if (values && !def.partial) {
      payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
      const recordKeys = /* @__PURE__ */ new Set();
      for (const key of values) {
        if (typeof key === "string" || typeof key === "number" || typeof key === "symbol") {
          recordKeys.add(typeof key === "number" ? key.toString() : key);
          if (key === "__proto__")
            continue;
          const keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
          if (keyResult instanceof Promise) {
            throw new Error("Async schemas not supported in object keys currently");
          }
          if (keyResult.issues.length) {
            payload.issues.push({
              code: "invalid_key",
              origin: "record",
              issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
              input: key,
              path: [key],
              inst
            });
            continue;
          }
          const outKey = keyResult.value;
          if (outKey === "__proto__")
            continue;
          const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
          if (result instanceof Promise) {
            proms.push(result.then((result2) => {
              if (result2.issues.length) {
                payload.issues.push(...prefixIssues(key, result2.issues));
              }
              payload.value[outKey] = result2.value;
            }));
          } else {
            if (result.issues.length) {
              payload.issues.push(...prefixIssues(key, result.issues));
            }
            payload.value[outKey] = result.value;
          }
        }
      }
      let unrecognized;
      for (const key in input) {
        if (!recordKeys.has(key)) {
          if (def.mode === "loose") {
            if (key === "__proto__")
              continue;
            payload.value[key] = input[key];
          } else {
            unrecognized = unrecognized ?? [];
            unrecognized.push(key);
          }
        }
      }
      if (unrecognized && unrecognized.length > 0) {
        payload.issues.push({
          code: "unrecognized_keys",
          input,
          inst,
          keys: unrecognized,
          continue: true
        });
      }
    } else {
      payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
      let unrecognized;
      for (const key of Reflect.ownKeys(input)) {
        if (key === "__proto__")
          continue;
        if (!Object.prototype.propertyIsEnumerable.call(input, key))
          continue;
        let keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
        if (keyResult instanceof Promise) {
          throw new Error("Async schemas not supported in object keys currently");
        }
        const checkNumericKey = typeof key === "string" && number.test(key) && keyResult.issues.length;
        if (checkNumericKey) {
          const retryResult = def.keyType._zod.run({ value: Number(key), issues: [] }, ctx);
          if (retryResult instanceof Promise) {
            throw new Error("Async schemas not supported in object keys currently");
          }
          if (retryResult.issues.length === 0) {
            keyResult = retryResult;
          }
        }
        if (keyResult.issues.length) {
          if (def.mode === "loose") {
            payload.value[key] = input[key];
          } else if (values) {
            unrecognized = unrecognized ?? [];
            unrecognized.push(key);
          } else {
            payload.issues.push({
              code: "invalid_key",
              origin: "record",
              issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
              input: key,
              path: [key],
              inst
            });
          }
          continue;
        }
        const outKey = keyResult.value;
        if (outKey === "__proto__")
          continue;
        const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
        if (result instanceof Promise) {
          proms.push(result.then((result2) => {
            if (result2.issues.length) {
              payload.issues.push(...prefixIssues(key, result2.issues));
            }
            payload.value[outKey] = result2.value;
          }));
        } else {
          if (result.issues.length) {
            payload.issues.push(...prefixIssues(key, result.issues));
          }
          payload.value[outKey] = result.value;
        }
      }
      if (unrecognized && unrecognized.length > 0) {
        payload.issues.push({
          code: "unrecognized_keys",
          input,
          inst,
          keys: unrecognized,
          continue: true
        });
      }
    }
    if (proms.length) {
      return Promise.all(proms).then(() => payload);
    }
    return payload;
  };
});
var $ZodTransform = /* @__PURE__ */ $constructor("$ZodTransform", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.optin = "optional";
  globalConfig.memoizer?.guard(inst);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      throw new $ZodEncodeError(inst.constructor.name);
    }
    const _out = def.transform(payload.value, payload);
    if (ctx.async) {
      const output = _out instanceof Promise ? _out : Promise.resolve(_out);
      return output.then((output2) => {
        payload.value = output2;
        return payload;
      });
    }
    if (_out instanceof Promise) {
      throw new $ZodAsyncError();
    }
    payload.value = _out;
    return payload;
  };
});
function handleOptionalResult(payload, result) {
  payload.value = result.issues.length ? void 0 : result.value;
  return payload;
}
var $ZodOptional = /* @__PURE__ */ $constructor("$ZodOptional", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
  inst._zod.optout = "optional";
  defineLazyInternal(inst, "values", (zod) => {
    const values = zod.def.innerType._zod.values;
    return values ? /* @__PURE__ */ new Set([...values, void 0]) : void 0;
  });
  defineLazyInternal(inst, "pattern", (zod) => {
    const pattern = zod.def.innerType._zod.pattern;
    return pattern ? new RegExp(`^(${cleanRegex(pattern.source)})?$`) : void 0;
  });
  inst._zod.parse = (payload, ctx) => {
    if (payload.value === void 0) {
      if (def.innerType._zod.optin !== "defaulted")
        return payload;
      const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
      if (result instanceof Promise)
        return result.then((result2) => handleOptionalResult(payload, result2));
      return handleOptionalResult(payload, result);
    }
    return def.innerType._zod.run(payload, ctx);
  };
});
var $ZodNullable = /* @__PURE__ */ $constructor("$ZodNullable", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin);
  defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
  defineLazyInternal(inst, "pattern", (zod) => {
    const pattern = zod.def.innerType._zod.pattern;
    return pattern ? new RegExp(`^(${cleanRegex(pattern.source)}|null)$`) : void 0;
  });
  defineLazyInternal(inst, "values", (zod) => {
    return zod.def.innerType._zod.values ? /* @__PURE__ */ new Set([...zod.def.innerType._zod.values, null]) : void 0;
  });
  inst._zod.parse = (payload, ctx) => {
    if (payload.value === null)
      return payload;
    return def.innerType._zod.run(payload, ctx);
  };
});
var $ZodPipe = /* @__PURE__ */ $constructor("$ZodPipe", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "values", (zod) => zod.def.in._zod.values);
  defineLazyInternal(inst, "optin", (zod) => zod.def.in._zod.optin);
  defineLazyInternal(inst, "optout", (zod) => zod.def.out._zod.optout);
  defineLazyInternal(inst, "propValues", (zod) => zod.def.in._zod.propValues);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      const right = def.out._zod.run(payload, ctx);
      if (right instanceof Promise) {
        return right.then((right2) => handlePipeResult(right2, def.in, ctx));
      }
      return handlePipeResult(right, def.in, ctx);
    }
    const left = def.in._zod.run(payload, ctx);
    if (left instanceof Promise) {
      return left.then((left2) => handlePipeResult(left2, def.out, ctx));
    }
    return handlePipeResult(left, def.out, ctx);
  };
});
function handlePipeResult(left, next, ctx) {
  if (left.issues.some((iss) => iss.code !== "unrecognized_keys")) {
    left.aborted = true;
    return left;
  }
  return next._zod.run({ value: left.value, issues: left.issues }, ctx);
}

// node_modules/zod/v4/core/api.js
function snapshotChecks(def) {
  if (def.checks)
    def.checks = [...def.checks];
  return def;
}
// @__NO_SIDE_EFFECTS__
function _string(Class, params) {
  return new Class(snapshotChecks({ type: "string", ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _number(Class, params) {
  return new Class(snapshotChecks({ type: "number", checks: [], ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _boolean(Class, params) {
  return new Class({
    type: "boolean",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _unknown(Class) {
  return new Class({
    type: "unknown"
  });
}
// @__NO_SIDE_EFFECTS__
function _never(Class, params) {
  return new Class({
    type: "never",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _maxLength(maximum, params) {
  const ch = new $ZodCheckMaxLength({
    check: "max_length",
    ...normalizeParams(params),
    maximum
  });
  return ch;
}
// @__NO_SIDE_EFFECTS__
function _regex(pattern, params) {
  return new $ZodCheckRegex({
    check: "string_format",
    format: "regex",
    ...normalizeParams(params),
    pattern
  });
}
// @__NO_SIDE_EFFECTS__
function _overwrite(tx) {
  return new $ZodCheckOverwrite({
    check: "overwrite",
    tx
  });
}
// @__NO_SIDE_EFFECTS__
function _trim() {
  return /* @__PURE__ */ _overwrite((input) => input.trim());
}

// node_modules/zod/v4/mini/schemas.js
var ZodMiniType = /* @__PURE__ */ $constructor("ZodMiniType", (inst, def) => {
  if (!inst._zod)
    throw new Error("Uninitialized schema in ZodMiniType.");
  $ZodType.init(inst, def);
  inst.def = def;
  inst.type = def.type;
}, {
  // `with` is an alias for `check`: the same function object, not a wrapper.
  get with() {
    return this.check;
  },
  set with(value) {
    own(this, "with", value);
  },
  parse(data, params) {
    return parse(this, data, params, { callee: this.parse });
  },
  parseAsync(data, params) {
    return parseAsync(this, data, params, { callee: this.parseAsync });
  },
  safeParse(data, params) {
    return safeParse(this, data, params);
  },
  safeParseAsync(data, params) {
    return safeParseAsync(this, data, params);
  },
  check(...checks) {
    const def = this.def;
    return this.clone({
      ...def,
      checks: [
        ...def.checks ?? [],
        ...checks.map((ch) => typeof ch === "function" ? { _zod: { check: ch, def: { check: "custom" }, onattach: [] } } : ch)
      ]
    }, { parent: true });
  },
  clone(_def, params) {
    return clone(this, _def, params);
  },
  brand() {
    return this;
  },
  register(reg, meta2) {
    reg.add(this, meta2);
    return this;
  },
  apply(fn, ...args) {
    return args.length === 0 ? fn(this) : fn(this, ...args);
  }
});
var ZodMiniString = /* @__PURE__ */ $constructor("ZodMiniString", (inst, def) => {
  $ZodString.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function string2(params) {
  return _string(ZodMiniString, params);
}
var ZodMiniNumber = /* @__PURE__ */ $constructor("ZodMiniNumber", (inst, def) => {
  $ZodNumber.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function number2(params) {
  return _number(ZodMiniNumber, params);
}
var ZodMiniBoolean = /* @__PURE__ */ $constructor("ZodMiniBoolean", (inst, def) => {
  $ZodBoolean.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function boolean2(params) {
  return _boolean(ZodMiniBoolean, params);
}
var ZodMiniUnknown = /* @__PURE__ */ $constructor("ZodMiniUnknown", (inst, def) => {
  $ZodUnknown.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function unknown() {
  return _unknown(ZodMiniUnknown);
}
var ZodMiniNever = /* @__PURE__ */ $constructor("ZodMiniNever", (inst, def) => {
  $ZodNever.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function never(params) {
  return _never(ZodMiniNever, params);
}
var ZodMiniArray = /* @__PURE__ */ $constructor("ZodMiniArray", (inst, def) => {
  $ZodArray.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function array(element, params) {
  return new ZodMiniArray({
    type: "array",
    element,
    ...normalizeParams(params)
  });
}
var ZodMiniObject = /* @__PURE__ */ $constructor("ZodMiniObject", (inst, def) => {
  $ZodObject.init(inst, def);
  ZodMiniType.init(inst, def);
  installLazyProp(inst, "shape", (self) => self._zod.def.shape, false);
});
// @__NO_SIDE_EFFECTS__
function object(shape, params) {
  const def = {
    type: "object",
    shape: shape ?? {},
    ...normalizeParams(params)
  };
  return new ZodMiniObject(def);
}
// @__NO_SIDE_EFFECTS__
function strictObject(shape, params) {
  return new ZodMiniObject({
    type: "object",
    shape,
    catchall: /* @__PURE__ */ never(),
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function looseObject(shape, params) {
  return new ZodMiniObject({
    type: "object",
    shape,
    catchall: /* @__PURE__ */ unknown(),
    ...normalizeParams(params)
  });
}
var ZodMiniUnion = /* @__PURE__ */ $constructor("ZodMiniUnion", (inst, def) => {
  $ZodUnion.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function union(options, params) {
  return new ZodMiniUnion({
    type: "union",
    options,
    ...normalizeParams(params)
  });
}
var ZodMiniRecord = /* @__PURE__ */ $constructor("ZodMiniRecord", (inst, def) => {
  $ZodRecord.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function record(keyType, valueType, params) {
  if (!valueType || !valueType._zod) {
    return new ZodMiniRecord({
      type: "record",
      keyType: /* @__PURE__ */ string2(),
      valueType: keyType,
      ...normalizeParams(valueType)
    });
  }
  return new ZodMiniRecord({
    type: "record",
    keyType,
    valueType,
    ...normalizeParams(params)
  });
}
var ZodMiniTransform = /* @__PURE__ */ $constructor("ZodMiniTransform", (inst, def) => {
  $ZodTransform.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function transform(fn) {
  return new ZodMiniTransform({
    type: "transform",
    transform: fn
  });
}
var ZodMiniOptional = /* @__PURE__ */ $constructor("ZodMiniOptional", (inst, def) => {
  $ZodOptional.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function optional(innerType) {
  return new ZodMiniOptional({
    type: "optional",
    innerType
  });
}
var ZodMiniNullable = /* @__PURE__ */ $constructor("ZodMiniNullable", (inst, def) => {
  $ZodNullable.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function nullable(innerType) {
  return new ZodMiniNullable({
    type: "nullable",
    innerType
  });
}
var ZodMiniPipe = /* @__PURE__ */ $constructor("ZodMiniPipe", (inst, def) => {
  $ZodPipe.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function pipe(in_, out) {
  return new ZodMiniPipe({
    type: "pipe",
    in: in_,
    out
  });
}

// server/hubspot/errors.ts
var HubSpotApiError = class extends Error {
  status;
  category;
  subCategory;
  correlationId;
  requiredScopes;
  hubspotMessage;
  reason;
  errors;
  retryAfterMs;
  policyName;
  method;
  path;
  constructor(message, init = {}) {
    super(message, init.cause === void 0 ? void 0 : { cause: init.cause });
    this.name = new.target.name;
    const { cause: _cause, ...fields } = init;
    Object.assign(this, fields);
  }
};
var ValidationError = class extends HubSpotApiError {
};
var ConflictError = class extends ValidationError {
};
var AuthenticationError = class extends HubSpotApiError {
};
var MissingScopesError = class extends HubSpotApiError {
};
var PermissionDeniedError = class extends HubSpotApiError {
};
var NotFoundError = class extends HubSpotApiError {
};
var RateLimitError = class extends HubSpotApiError {
};
var ServerError = class extends HubSpotApiError {
};
var ConnectionError = class extends HubSpotApiError {
};
var TimeoutError = class extends ConnectionError {
};
var DeadlineExceededError = class extends HubSpotApiError {
};
var OutcomeUnknownError = class extends HubSpotApiError {
};
var UnexpectedResponseError = class extends HubSpotApiError {
};
function errorFromResponse(status, body, extra = {}) {
  const requiredScopes = collectRequiredScopes(body);
  const reason = body?.subCategory ?? body?.errors?.find((e) => e.code || e.subCategory)?.code ?? body?.errors?.find((e) => e.subCategory)?.subCategory;
  const init = {
    status,
    category: body?.category,
    subCategory: body?.subCategory,
    correlationId: body?.correlationId ?? extra.correlationIdHeader,
    requiredScopes: requiredScopes.length ? requiredScopes : void 0,
    hubspotMessage: body?.message,
    reason,
    retryAfterMs: extra.retryAfterMs,
    errors: body?.errors,
    policyName: body?.policyName,
    method: extra.method,
    path: extra.path
  };
  const summary = `HubSpot answered ${status}${body?.category ? ` ${body.category}` : ""} for ${extra.method ?? ""} ${extra.path ?? ""}`.trim();
  if (status === 401) return new AuthenticationError(summary, init);
  if (status === 403) return body?.category === "MISSING_SCOPES" ? new MissingScopesError(summary, init) : new PermissionDeniedError(summary, init);
  if (status === 404) return new NotFoundError(summary, init);
  if (status === 409) return new ConflictError(summary, init);
  if (status === 429) return new RateLimitError(summary, init);
  if (status >= 500) return new ServerError(summary, init);
  if (status >= 400) return new ValidationError(summary, init);
  return new HubSpotApiError(summary, init);
}
function collectRequiredScopes(body) {
  const scopes = /* @__PURE__ */ new Set();
  const fromContext = (ctx) => {
    for (const key of ["requiredGranularScopes", "requiredScopes", "missingScopes"]) {
      for (const s of ctx?.[key] ?? []) scopes.add(s);
    }
  };
  fromContext(body?.context);
  for (const e of body?.errors ?? []) fromContext(e.context);
  return [...scopes];
}

// server/hubspot/api-versions.ts
var SEQUENCES_API = "/automation/sequences/2026-09";
var WORKFLOWS_API = "/automation/v4";
var WORKFLOWS_BETA_API = "/automation/2026-09-beta";
var WORKFLOWS_LEGACY_V2_API = "/automation/v2/workflows";
var WORKFLOWS_LEGACY_V3_API = "/automation/v3/workflows";
var CONTACTS_API = "/crm/v3/objects/contacts";
var EMAIL_TEMPLATES_API = "/automation/email-templates/2026-09-beta";

// server/hubspot/endpoints.ts
var ENDPOINTS = {
  listSequences: { method: "GET", path: `${SEQUENCES_API}`, scope: "automation.sequences.read" },
  getSequence: { method: "GET", path: `${SEQUENCES_API}/{sequenceId}`, scope: "automation.sequences.read" },
  enrollInSequence: { method: "POST", path: `${SEQUENCES_API}/enrollments`, scope: "automation.sequences.enrollments.write" },
  getContactSequenceEnrollment: { method: "GET", path: `${SEQUENCES_API}/enrollments/contact/{contactId}`, scope: "automation.sequences.read" },
  /** Beta; optional scope: without it (403), or for a template gone (404), steps show the template id. */
  getEmailTemplate: { method: "GET", path: `${EMAIL_TEMPLATES_API}/{templateId}`, scope: "sales-templates-public-read", optionalScope: true },
  listFlows: { method: "GET", path: `${WORKFLOWS_API}/flows`, scope: "automation" },
  getFlow: { method: "GET", path: `${WORKFLOWS_API}/flows/{flowId}`, scope: "automation" },
  batchReadFlows: { method: "POST", path: `${WORKFLOWS_API}/flows/batch/read`, scope: "automation" },
  mapWorkflowIds: { method: "POST", path: `${WORKFLOWS_API}/workflow-id-mappings/batch/read`, scope: "automation" },
  listActionTypes: { method: "GET", path: `${WORKFLOWS_BETA_API}/action-types`, scope: "automation" },
  listContactWorkflows: { method: "GET", path: `${WORKFLOWS_LEGACY_V2_API}/enrollments/contacts/{contactId}`, scope: "automation" },
  enrollInWorkflow: { method: "POST", path: `${WORKFLOWS_LEGACY_V2_API}/{workflowId}/enrollments/contacts/{email}`, scope: "automation" },
  unenrollFromWorkflow: { method: "DELETE", path: `${WORKFLOWS_LEGACY_V2_API}/{workflowId}/enrollments/contacts/{email}`, scope: "automation" },
  /** Every contact-based workflow (legacy id, name, on/off) in one answer, no paging. */
  listLegacyWorkflows: { method: "GET", path: `${WORKFLOWS_LEGACY_V3_API}`, scope: "automation" },
  /** One contact-based workflow by legacy id (name, on/off): for a workflow HubSpot has no v4 mapping for. */
  getLegacyWorkflow: { method: "GET", path: `${WORKFLOWS_LEGACY_V3_API}/{workflowId}`, scope: "automation" },
  /** Called through @hubspot/api-client (crm.contacts.basicApi.getById), listed here for the scope check. */
  getContact: { method: "GET", path: `${CONTACTS_API}/{contactId}`, scope: "crm.objects.contacts.read" }
};
function endpointPath(name, params = {}) {
  return ENDPOINTS[name].path.replace(/\{(\w+)\}/g, (_, key) => {
    const value = params[key];
    if (value === void 0) throw new Error(`Missing path parameter ${key} for ${name}`);
    return encodeURIComponent(value);
  });
}

// server/hubspot/schemas.ts
var isoDate = string2();
var idLike = union([string2(), number2()]);
var id = pipe(idLike, transform((v) => String(v)));
var paging = looseObject({
  next: optional(looseObject({ after: string2(), link: optional(string2()) }))
});
var sequenceSummary = looseObject({
  id,
  name: string2(),
  userId: id,
  folderId: optional(id),
  createdAt: isoDate,
  updatedAt: isoDate
});
var sequencePage = looseObject({
  total: number2(),
  results: array(sequenceSummary),
  paging: optional(paging)
});
var taskPattern = looseObject({
  id,
  taskType: string2(),
  taskPriority: string2(),
  subject: optional(string2()),
  notes: optional(string2()),
  queueId: optional(number2()),
  /** an EMAIL task's template (int64 in the spec; null tolerated, read as absent) */
  templateId: optional(nullable(id)),
  threadEmailToStepOrder: optional(nullable(number2())),
  createdAt: optional(isoDate),
  updatedAt: optional(isoDate)
});
var emailPattern = looseObject({
  id,
  templateId: id,
  threadEmailToStepOrder: optional(number2()),
  createdAt: optional(isoDate),
  updatedAt: optional(isoDate)
});
var sequenceStep = looseObject({
  id,
  stepOrder: number2(),
  delayMillis: number2(),
  actionType: string2(),
  taskPattern: optional(taskPattern),
  emailPattern: optional(emailPattern),
  createdAt: optional(isoDate),
  updatedAt: optional(isoDate)
});
var sequenceSettings = looseObject({
  eligibleFollowUpDays: optional(string2()),
  sendWindowStartMinute: optional(number2()),
  sendWindowEndMinute: optional(number2()),
  taskReminderMinute: optional(number2()),
  individualTaskRemindersEnabled: optional(boolean2()),
  sellingStrategy: optional(string2())
});
var stepDependency = looseObject({
  id,
  dependencyType: string2(),
  reliesOnSequenceStepId: id,
  reliesOnStepOrder: number2(),
  requiredBySequenceStepId: id,
  requiredByStepOrder: number2()
});
var sequence = looseObject({
  id,
  name: string2(),
  userId: id,
  folderId: optional(id),
  createdAt: isoDate,
  updatedAt: isoDate,
  steps: array(sequenceStep),
  settings: optional(sequenceSettings),
  dependencies: array(stepDependency)
});
var sequenceEnrollmentCreated = looseObject({
  id,
  toEmail: string2(),
  enrolledAt: isoDate,
  updatedAt: isoDate
});
var contactSequenceEnrollment = looseObject({
  id,
  sequenceId: id,
  sequenceName: string2(),
  enrolledBy: id,
  enrolledByEmail: string2(),
  toEmail: string2(),
  enrolledAt: isoDate,
  updatedAt: isoDate
});
var flowSummary = looseObject({
  id,
  name: optional(string2()),
  flowType: string2(),
  objectTypeId: string2(),
  isEnabled: boolean2(),
  revisionId: idLike,
  createdAt: isoDate,
  updatedAt: isoDate
});
var flowPage = looseObject({
  results: array(flowSummary),
  paging: optional(paging)
});
var flow = looseObject({
  id,
  name: optional(string2()),
  type: optional(string2()),
  flowType: optional(string2()),
  objectTypeId: string2(),
  isEnabled: boolean2(),
  revisionId: optional(idLike),
  startActionId: optional(string2()),
  nextAvailableActionId: optional(string2()),
  actions: optional(array(record(string2(), unknown()))),
  enrollmentCriteria: optional(record(string2(), unknown())),
  createdAt: optional(isoDate),
  updatedAt: optional(isoDate)
});
var flowBatch = looseObject({
  status: string2(),
  results: array(flow),
  errors: optional(array(unknown()))
});
var idMapping = looseObject({ flowId: id, workflowId: id });
var idMappingBatch = looseObject({
  status: string2(),
  results: array(idMapping),
  errors: optional(array(unknown()))
});
var legacyWorkflowMembership = looseObject({
  id,
  name: optional(string2()),
  type: optional(string2()),
  enabled: optional(boolean2())
});
var legacyWorkflowMemberships = array(legacyWorkflowMembership);
var legacyWorkflowSummary = object({
  // z.object, not looseObject: the picker reads these four fields of up to 10,000 entries; the rest is dropped.
  id,
  name: optional(string2()),
  type: optional(string2()),
  enabled: optional(boolean2())
});
var legacyWorkflowSummaries = array(legacyWorkflowSummary);
var legacyWorkflow = legacyWorkflowSummary;
var legacyWorkflowList = looseObject({ workflows: array(unknown()) });
var actionTypeDefinition = looseObject({
  actionTypeId: string2(),
  actionName: optional(string2()),
  groupId: optional(string2()),
  objectTypeIds: optional(array(string2()))
});
var actionTypePage = looseObject({ results: array(actionTypeDefinition) });
var emailTemplate = looseObject({ id, name: optional(string2()) });
var contact = looseObject({
  id,
  properties: record(string2(), nullable(optional(string2())))
});
var errorBody = looseObject({
  status: optional(string2()),
  message: optional(string2()),
  correlationId: optional(string2()),
  category: optional(string2()),
  subCategory: optional(string2()),
  policyName: optional(string2()),
  errors: optional(
    array(
      looseObject({
        message: optional(string2()),
        code: optional(string2()),
        subCategory: optional(string2()),
        context: optional(record(string2(), array(string2())))
      })
    )
  ),
  context: optional(record(string2(), array(string2())))
});

// server/hubspot/resilience.ts
var BACKOFF_BASE_MS = 250;
var BACKOFF_CAP_MS = 2e3;
var MIN_ATTEMPT_MS = 150;
async function callWithResilience(attempt, opts, policy) {
  let lastError;
  for (let n = 1; n <= policy.maxAttempts; n++) {
    await policy.limiter.acquire(policy, lastError);
    const remaining = policy.deadlineAt - policy.now() - (opts.reserveMs ?? 0);
    if (remaining < MIN_ATTEMPT_MS) throw deadlineError(opts, lastError);
    const timeoutMs = Math.min(policy.attemptTimeoutMs, remaining);
    let response;
    try {
      response = await withTimeout(attempt, timeoutMs);
    } catch (cause) {
      lastError = new (cause instanceof TimeoutError ? TimeoutError : ConnectionError)(`No answer from HubSpot for ${opts.method} ${opts.path}`, { method: opts.method, path: opts.path, cause });
      const outcome = await afterAmbiguousFailure(opts, lastError, n, policy, { mayStillLand: true });
      if (outcome.done) return outcome.value;
      continue;
    }
    if (response.status !== 429) policy.limiter.observe(response.headers, policy.now());
    if (response.status >= 200 && response.status < 300) {
      try {
        return parseSuccess(response, opts);
      } catch (unreadable) {
        if (opts.idempotent || !opts.reconcile || !(unreadable instanceof HubSpotApiError)) throw unreadable;
        return await confirmWrite(opts, unreadable, { orElse: "unknown" });
      }
    }
    if (opts.treatAsNull?.includes(response.status)) return null;
    const parsedError = safeParse(errorBody, response.body);
    const error = errorFromResponse(response.status, parsedError.success ? parsedError.data : void 0, {
      method: opts.method,
      path: opts.path,
      retryAfterMs: retryAfterMs(response.headers),
      correlationIdHeader: response.headers["x-hubspot-correlation-id"]
    });
    lastError = error;
    if (error instanceof RateLimitError) {
      if (error.policyName === "DAILY") throw error;
      const wait = error.retryAfterMs ?? intervalMs(response.headers) ?? backoff(n, policy);
      if (policy.now() + wait + MIN_ATTEMPT_MS > policy.deadlineAt) throw deadlineError(opts, error);
      await policy.sleep(wait);
      continue;
    }
    if (error instanceof ServerError) {
      const outcome = await afterAmbiguousFailure(opts, error, n, policy, { mayStillLand: response.status === 504 });
      if (outcome.done) return outcome.value;
      continue;
    }
    throw error;
  }
  throw lastError ?? new ConnectionError(`No answer from HubSpot for ${opts.method} ${opts.path}`);
}
async function afterAmbiguousFailure(opts, error, attemptNumber, policy, { mayStillLand }) {
  if (!opts.idempotent) {
    if (!opts.reconcile) throw error;
    const landed = await confirmWrite(opts, error, { orElse: mayStillLand ? "unknown" : "not-landed" });
    if (landed !== void 0) return { done: true, value: landed };
  }
  if (attemptNumber >= policy.maxAttempts) throw error;
  const wait = backoff(attemptNumber, policy);
  if (policy.now() + wait + MIN_ATTEMPT_MS > policy.deadlineAt) throw deadlineError(opts, error);
  await policy.sleep(wait);
  return { done: false };
}
async function confirmWrite(opts, error, { orElse }) {
  const unknown2 = (cause) => new OutcomeUnknownError(`HubSpot did not confirm whether ${opts.method} ${opts.path} went through`, {
    status: error.status,
    correlationId: error.correlationId ?? (cause instanceof HubSpotApiError ? cause.correlationId : void 0),
    method: opts.method,
    path: opts.path,
    cause
  });
  let landed;
  try {
    landed = await opts.reconcile();
  } catch (cause) {
    throw unknown2(cause);
  }
  if (landed !== void 0 || orElse === "not-landed") return landed;
  throw unknown2(error);
}
function parseSuccess(response, opts) {
  if (!opts.schema) return void 0;
  const correlationId = response.headers["x-hubspot-correlation-id"];
  if (response.parseFailed) {
    throw new UnexpectedResponseError(`HubSpot sent a body that is not JSON for ${opts.method} ${opts.path}`, { status: response.status, correlationId, method: opts.method, path: opts.path });
  }
  const parsed = safeParse(opts.schema, response.body);
  if (!parsed.success) {
    const where = parsed.error.issues.slice(0, 3).map((i) => `${i.path.join(".") || "body"}: ${i.message}`).join("; ");
    throw new UnexpectedResponseError(`HubSpot's answer for ${opts.method} ${opts.path} does not match its published schema (${where})`, {
      status: response.status,
      correlationId,
      method: opts.method,
      path: opts.path
    });
  }
  return parsed.data;
}
function deadlineError(opts, last) {
  return new DeadlineExceededError(`Time budget ran out for ${opts.method} ${opts.path}${last ? ` (last: ${last.message})` : ""}`, {
    status: last?.status,
    correlationId: last?.correlationId,
    method: opts.method,
    path: opts.path
  });
}
function backoff(attemptNumber, policy) {
  return Math.round(policy.random() * Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** (attemptNumber - 1)));
}
function retryAfterMs(headers) {
  const value = headers["retry-after"];
  if (!value) return void 0;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1e3);
  const date2 = Date.parse(value);
  return Number.isFinite(date2) ? Math.max(0, date2 - Date.now()) : void 0;
}
function intervalMs(headers) {
  const v = Number(headers["x-hubspot-ratelimit-interval-milliseconds"]);
  return Number.isFinite(v) && v > 0 ? Math.min(v, BACKOFF_CAP_MS) : void 0;
}
async function withTimeout(attempt, timeoutMs) {
  const controller = new AbortController();
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new TimeoutError(`attempt timed out after ${timeoutMs} ms`));
    }, timeoutMs);
  });
  try {
    return await Promise.race([attempt(controller.signal, timeoutMs), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
var RateLimiter = class {
  constructor(perWindow, windowMs = 1e4) {
    this.perWindow = perWindow;
    this.windowMs = windowMs;
  }
  perWindow;
  windowMs;
  starts = [];
  blockedUntil = 0;
  async acquire(policy, lastError) {
    for (; ; ) {
      const now = policy.now();
      while (this.starts.length && this.starts[0] <= now - this.windowMs) this.starts.shift();
      const waitWindow = this.starts.length >= this.perWindow ? this.starts[0] + this.windowMs - now : 0;
      const wait = Math.max(waitWindow, this.blockedUntil - now);
      if (wait <= 0) {
        this.starts.push(now);
        return;
      }
      if (now + wait + MIN_ATTEMPT_MS > policy.deadlineAt) {
        throw new DeadlineExceededError("Time budget ran out waiting for the rate limit", { status: 429, correlationId: lastError?.correlationId });
      }
      await policy.sleep(wait);
    }
  }
  observe(headers, now) {
    const remaining = Number(headers["x-hubspot-ratelimit-remaining"]);
    const interval = Number(headers["x-hubspot-ratelimit-interval-milliseconds"]);
    if (headers["x-hubspot-ratelimit-remaining"] !== void 0 && remaining <= 0 && interval > 0) {
      this.blockedUntil = Math.max(this.blockedUntil, now + Math.min(interval, BACKOFF_CAP_MS));
    }
  }
};

// server/hubspot/client-state.ts
function createClientState() {
  const limiters = /* @__PURE__ */ new Map();
  const inFlight = /* @__PURE__ */ new Map();
  return {
    limiterFor(key, perWindow) {
      let limiter = limiters.get(key);
      if (!limiter || limiter.perWindow !== perWindow) {
        limiter = new RateLimiter(perWindow);
        limiters.set(key, limiter);
      }
      return limiter;
    },
    once(key, run) {
      const running = inFlight.get(key);
      if (running) return running;
      const p = run().finally(() => inFlight.delete(key));
      inFlight.set(key, p);
      return p;
    }
  };
}
var PROCESS_STATE = createClientState();

// server/hubspot/client.ts
var DEFAULT_ATTEMPT_TIMEOUT_MS = 4e3;
var DEFAULT_MAX_ATTEMPTS = 4;
var DEFAULT_REQUESTS_PER_10S = 90;
var RECONCILE_RESERVE_MS = 3500;
var BATCH_CHUNK = 100;
function createHubSpotClient(config2) {
  const baseUrl = config2.baseUrl.replace(/\/+$/, "");
  const doFetch = config2.fetch ?? fetch;
  const now = config2.now ?? Date.now;
  const state = config2.state ?? PROCESS_STATE;
  const scope = `${baseUrl} ${tokenFingerprint(config2.accessToken)}`;
  const policy = {
    now,
    sleep: config2.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
    random: config2.random ?? Math.random,
    deadlineAt: config2.deadlineAt ?? now() + 11e3,
    attemptTimeoutMs: config2.attemptTimeoutMs ?? DEFAULT_ATTEMPT_TIMEOUT_MS,
    maxAttempts: config2.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
    limiter: config2.limiter ?? state.limiterFor(scope, config2.requestsPer10s ?? DEFAULT_REQUESTS_PER_10S)
  };
  function fetchAttempt(method, url, body) {
    return async (signal) => {
      const res = await doFetch(url, {
        method,
        signal,
        headers: {
          authorization: `Bearer ${config2.accessToken}`,
          accept: "application/json",
          ...body === void 0 ? {} : { "content-type": "application/json" }
        },
        body: body === void 0 ? void 0 : JSON.stringify(body)
      });
      return readResponse(res.status, Object.fromEntries(res.headers), await res.text());
    };
  }
  function run(endpoint, attempt, opts) {
    const { method, path: template } = ENDPOINTS[endpoint];
    return callWithResilience(attempt, { method, path: template, idempotent: opts.idempotent ?? method === "GET", ...opts }, policy);
  }
  function call(endpoint, req, opts) {
    const url = `${baseUrl}${endpointPath(endpoint, req.pathParams)}${queryString(req.query)}`;
    return run(endpoint, fetchAttempt(ENDPOINTS[endpoint].method, url, req.body), opts);
  }
  async function must(p) {
    const v = await p;
    if (v === null) throw new ConnectionError("HubSpot returned no body");
    return v;
  }
  const getContactEnrollment = async ({ contactId }) => {
    const none = pipe(strictObject({}), transform(() => null));
    const v = await call("getContactSequenceEnrollment", { pathParams: { contactId } }, { schema: nullable(optional(union([none, contactSequenceEnrollment]))), treatAsNull: [404] });
    return v ?? null;
  };
  const listForContact = async ({ contactId }) => await call("listContactWorkflows", { pathParams: { contactId } }, { schema: legacyWorkflowMemberships, treatAsNull: [404] }) ?? [];
  let contactsApi;
  const client = {
    once: (key, run2) => state.once(`${scope} ${key}`, run2),
    sequences: {
      list: ({ userId, name, limit, after }) => must(call("listSequences", { query: { userId, name: name || void 0, limit, after: cursorValue(after) } }, { schema: sequencePage })),
      get: ({ userId, sequenceId }) => must(call("getSequence", { pathParams: { sequenceId }, query: { userId } }, { schema: sequence })),
      getContactEnrollment,
      enroll: ({ userId, contactId, sequenceId, senderEmail, senderAliasAddress }) => must(
        call(
          "enrollInSequence",
          { query: { userId }, body: { contactId, sequenceId, senderEmail, ...senderAliasAddress ? { senderAliasAddress } : {} } },
          {
            idempotent: false,
            schema: sequenceEnrollmentCreated,
            reserveMs: RECONCILE_RESERVE_MS,
            // Did the POST land before the answer was lost? HubSpot allows one active sequence per contact.
            reconcile: async () => {
              const current = await getContactEnrollment({ contactId });
              if (!current || current.sequenceId !== sequenceId) return void 0;
              return { id: current.id, toEmail: current.toEmail, enrolledAt: current.enrolledAt, updatedAt: current.updatedAt, recoveredAfterAmbiguousFailure: true };
            }
          }
        )
      )
    },
    workflows: {
      list: ({ after, limit }) => must(call("listFlows", { query: { after: cursorValue(after), limit } }, { schema: flowPage })),
      listAll: async ({ maxPages, limit }) => {
        const results = [];
        let after;
        for (let page = 0; page < maxPages; page++) {
          const res = await client.workflows.list({ after, limit });
          results.push(...res.results);
          after = res.paging?.next?.after;
          if (!after) return { results, truncated: false };
        }
        return { results, truncated: true };
      },
      get: ({ flowId }) => must(call("getFlow", { pathParams: { flowId } }, { schema: flow })),
      batchRead: async ({ flowIds }) => {
        const chunks = chunk(unique(flowIds), BATCH_CHUNK);
        const pages = await Promise.all(
          chunks.map(
            (ids) => must(call("batchReadFlows", { body: { inputs: ids.map((flowId) => ({ flowId, type: "FLOW_ID" })) } }, { idempotent: true, schema: flowBatch }))
          )
        );
        return pages.flatMap((p) => p.results);
      },
      mapIds: async ({ workflowIds = [], flowIds = [] }) => {
        const inputs = [
          ...unique(workflowIds).map((workflowId) => ({ workflowId, type: "WORKFLOW_ID" })),
          ...unique(flowIds).map((flowId) => ({ flowId, type: "FLOW_ID" }))
        ];
        if (!inputs.length) return [];
        const pages = await Promise.all(
          chunk(inputs, BATCH_CHUNK).map((part) => must(call("mapWorkflowIds", { body: { inputs: part } }, { idempotent: true, schema: idMappingBatch })))
        );
        return pages.flatMap((p) => p.results);
      }
    },
    legacyWorkflows: {
      listForContact,
      enrollContact: async ({ workflowId, email: email3, contactId }) => {
        const result = await call(
          "enrollInWorkflow",
          { pathParams: { workflowId, email: email3 } },
          {
            idempotent: false,
            reserveMs: RECONCILE_RESERVE_MS,
            reconcile: async () => (await listForContact({ contactId })).some((m) => m.id === workflowId) ? { recovered: true } : void 0
          }
        );
        return result?.recovered ? { recoveredAfterAmbiguousFailure: true } : {};
      },
      unenrollContact: async ({ workflowId, email: email3, contactId }) => {
        const result = await call(
          "unenrollFromWorkflow",
          { pathParams: { workflowId, email: email3 } },
          {
            idempotent: false,
            reserveMs: RECONCILE_RESERVE_MS,
            reconcile: async () => (await listForContact({ contactId })).some((m) => m.id === workflowId) ? void 0 : { recovered: true }
          }
        );
        return result?.recovered ? { recoveredAfterAmbiguousFailure: true } : {};
      },
      listAll: async () => {
        const page = await must(call("listLegacyWorkflows", {}, { schema: legacyWorkflowList }));
        const all = safeParse(legacyWorkflowSummaries, page.workflows);
        if (all.success) return { workflows: all.data, skipped: 0 };
        const workflows = [];
        for (const entry of page.workflows) {
          const parsed = safeParse(legacyWorkflowSummary, entry);
          if (parsed.success) workflows.push(parsed.data);
        }
        return { workflows, skipped: page.workflows.length - workflows.length };
      },
      get: ({ workflowId }) => must(call("getLegacyWorkflow", { pathParams: { workflowId } }, { schema: legacyWorkflow }))
    },
    contacts: {
      get: async ({ contactId, properties }) => {
        contactsApi ??= contactsThroughApiClient(baseUrl, config2.accessToken);
        return must(run("getContact", contactsApi.getById(contactId, properties), { schema: contact }));
      }
    },
    actionTypes: {
      list: async ({ objectTypeId }) => {
        const page = await call("listActionTypes", { query: { objectTypeId } }, { schema: actionTypePage, treatAsNull: [403, 404] });
        return page ? page.results : null;
      }
    },
    emailTemplates: {
      get: ({ templateId }) => call("getEmailTemplate", { pathParams: { templateId } }, { schema: emailTemplate, treatAsNull: [403, 404] })
    }
  };
  return client;
}
function contactsThroughApiClient(basePath, accessToken) {
  const { Client } = require("@hubspot/api-client");
  const hubspot = new Client({ accessToken, basePath, numberOfApiCallRetries: 0 });
  return {
    getById: (contactId, properties) => async () => {
      try {
        const info = await hubspot.crm.contacts.basicApi.getByIdWithHttpInfo(contactId, properties);
        return { status: info.httpStatusCode, headers: lowerKeys(info.headers), body: JSON.parse(JSON.stringify(info.data)) };
      } catch (err) {
        const e = err;
        if (typeof e.code === "number") {
          const body = typeof e.body === "string" ? safeJson(e.body) : { value: e.body };
          return { status: e.code, headers: lowerKeys(e.headers ?? {}), body: body.parseFailed ? e.body : body.value, parseFailed: body.parseFailed };
        }
        throw err;
      }
    }
  };
}
function readResponse(status, headers, text) {
  if (!text) return { status, headers, body: void 0 };
  const parsed = safeJson(text);
  return parsed.parseFailed ? { status, headers, body: text, parseFailed: true } : { status, headers, body: parsed.value };
}
function safeJson(text) {
  try {
    return { value: JSON.parse(text) };
  } catch {
    return { parseFailed: true };
  }
}
function lowerKeys(h) {
  return Object.fromEntries(Object.entries(h).map(([k, v]) => [k.toLowerCase(), String(v)]));
}
function queryString(query) {
  if (!query) return "";
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== void 0 && v !== "") params.set(k, String(v));
  const qs = params.toString();
  return qs ? `?${qs}` : "";
}
function cursorValue(after) {
  if (!after || !/%[0-9A-Fa-f]{2}/.test(after)) return after;
  try {
    return decodeURIComponent(after);
  } catch {
    return after;
  }
}
function unique(ids) {
  return [...new Set(ids)];
}
function chunk(items, size) {
  const out = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
function tokenFingerprint(token) {
  let h = 2166136261;
  for (let i = 0; i < token.length; i++) h = Math.imul(h ^ token.charCodeAt(i), 16777619);
  return (h >>> 0).toString(36);
}

// server/runtime/errors-to-result.ts
var FunctionFailure = class extends Error {
  constructor(code, message, extra = {}) {
    super(message);
    this.code = code;
    this.extra = extra;
    this.name = "FunctionFailure";
  }
  code;
  extra;
};
function appError(code, message) {
  return { code, message, retryable: false };
}
function toFunctionError(err) {
  if (err instanceof FunctionFailure) return strip({ code: err.code, message: err.message, ...err.extra, retryable: err.extra.retryable ?? false });
  if (!(err instanceof HubSpotApiError)) {
    return appError("UNEXPECTED_RESPONSE", "Something unexpected went wrong in the app. If it keeps happening, contact your HubSpot admin.");
  }
  const base = { correlationId: err.correlationId, hubspotReason: err.reason };
  const make = (code, message, retryable, more = {}) => strip({ code, message, ...base, ...more, retryable });
  if (err instanceof OutcomeUnknownError) {
    return make("OUTCOME_UNKNOWN", "HubSpot did not confirm whether this went through. Refresh the card to check before trying again.", false);
  }
  if (err instanceof DeadlineExceededError) {
    return err.status === 429 ? make("RATE_LIMITED", "HubSpot is rate-limiting this app right now. Wait a few seconds and try again.", true) : make("HUBSPOT_UNAVAILABLE", "HubSpot did not answer in time. Try again in a moment.", true);
  }
  if (err instanceof UnexpectedResponseError) {
    return make("UNEXPECTED_RESPONSE", "HubSpot sent an answer this app could not read. If it keeps happening, send the correlation id to support.", false);
  }
  if (err instanceof ConnectionError || err instanceof ServerError) {
    return make("HUBSPOT_UNAVAILABLE", "HubSpot is not reachable right now. Try again in a moment.", true);
  }
  if (err instanceof RateLimitError) {
    const daily = err.policyName === "DAILY";
    return make("RATE_LIMITED", daily ? "This HubSpot account has used up today's API limit. Try again tomorrow or ask your admin." : "HubSpot is rate-limiting this app right now. Wait a few seconds and try again.", !daily);
  }
  if (err instanceof AuthenticationError) {
    return make("UNAUTHORIZED", "The app's HubSpot access token was rejected. An admin needs to reinstall the app (npx hs project install-app).", false);
  }
  if (err instanceof MissingScopesError) {
    const scopes = err.requiredScopes ?? [];
    return make(
      "MISSING_SCOPES",
      scopes.length ? `The app is missing HubSpot permissions: ${scopes.join(", ")}. An admin needs to add them and reinstall the app.` : "The app is missing HubSpot permissions for this. An admin needs to check its scopes and reinstall the app.",
      false,
      { requiredScopes: scopes.length ? scopes : void 0 }
    );
  }
  if (err instanceof PermissionDeniedError) {
    return make("PERMISSION_DENIED", "HubSpot does not allow this for this account or user (subscription, seat or permission). Ask your HubSpot admin.", false);
  }
  if (err instanceof NotFoundError) {
    return make("NOT_FOUND", "HubSpot could not find that record. It may have been deleted; refresh the page.", false);
  }
  if (err instanceof ValidationError) {
    return make("UNEXPECTED_RESPONSE", `HubSpot refused the request (${err.status}${err.category ? ` ${err.category}` : ""}). If it keeps happening, send the correlation id to support.`, false);
  }
  return make("UNEXPECTED_RESPONSE", `HubSpot refused the request${err.status ? ` (${err.status})` : ""}. If it keeps happening, send the correlation id to support.`, false);
}
function strip(e) {
  for (const k of Object.keys(e)) if (e[k] === void 0) delete e[k];
  return e;
}

// server/runtime/define-function.ts
var DEFAULT_BUDGET_MS = 11e3;
var DEFAULT_API_BASE_URL = "https://api.hubapi.com";
var propertiesToSendSchema = optional(
  pipe(
    record(
      string2().check(_regex(/^[A-Za-z0-9_]{1,100}$/, "property names are letters, digits and _")),
      nullable(optional(union([string2().check(_maxLength(65536)), number2(), boolean2()])))
    ),
    transform((rec) => Object.fromEntries(Object.entries(rec).map(([k, v]) => [k, v === void 0 || v === null ? null : String(v)])))
  )
);
function depsFromEnv(env = process.env, now = Date.now) {
  const accessToken = env.PRIVATE_APP_ACCESS_TOKEN;
  if (!accessToken) return { error: "The app has no HubSpot access token (PRIVATE_APP_ACCESS_TOKEN is not set). An admin needs to install the app." };
  const budget = Number(env.FUNCTION_BUDGET_MS) > 0 ? Number(env.FUNCTION_BUDGET_MS) : DEFAULT_BUDGET_MS;
  const deadlineAt = now() + budget;
  const hubspot = createHubSpotClient({
    baseUrl: env.HUBSPOT_API_BASE_URL || DEFAULT_API_BASE_URL,
    accessToken,
    deadlineAt
  });
  return { hubspot, now: () => new Date(now()), deadlineAt };
}
function formatInputIssues(error) {
  const parts = error.issues.map((i) => {
    const where = i.path.length ? i.path.join(".") : "input";
    return `${where}: ${i.message}`;
  });
  return `Invalid input (${parts.join("; ")}).`;
}
async function runHandler(schema, handler, parameters, deps, propertiesToSend) {
  const parsed = safeParse(schema, parameters ?? {});
  if (!parsed.success) {
    return { ok: false, error: appError("INVALID_INPUT", formatInputIssues(parsed.error)) };
  }
  const properties = safeParse(propertiesToSendSchema, propertiesToSend);
  if (!properties.success) {
    return { ok: false, error: appError("INVALID_INPUT", formatInputIssues(prefixed(properties.error, "propertiesToSend"))) };
  }
  const built = typeof deps === "function" ? deps() : deps;
  if ("error" in built) return { ok: false, error: appError("MISCONFIGURED", built.error) };
  const resolved = properties.data ? { ...built, propertiesToSend: properties.data } : built;
  try {
    return { ok: true, data: await handler(parsed.data, resolved) };
  } catch (err) {
    const error = toFunctionError(err);
    if (!(err instanceof FunctionFailure)) console.error(`[function] ${error.code}${error.correlationId ? ` correlationId=${error.correlationId}` : ""}: ${err instanceof Error ? err.message : "non-error thrown"}`);
    return { ok: false, error };
  }
}
function defineFunction(schema, handler) {
  return async function main2(context = {}) {
    return runHandler(schema, handler, context.parameters, () => depsFromEnv(), context.propertiesToSend);
  };
}
function prefixed(error, key) {
  return { ...error, issues: error.issues.map((i) => ({ ...i, path: [key, ...i.path] })) };
}
var optionalQuery = optional(string2().check(_trim(), _maxLength(200, "query must be at most 200 characters")));
var HUBSPOT_CURSOR = /^(?:[A-Za-z0-9\-_+/=]|%[0-9A-Fa-f]{2})*$/;
var optionalCursor = optional(
  string2().check(_maxLength(500, "after must be a paging cursor from a previous page"), _regex(HUBSPOT_CURSOR, "after must be a paging cursor from a previous page"))
);

// server/workflows/catalog-data.ts
var CATALOG_ROWS = [
  ["action", "0-35", "Delay until a calendar date", "Delay enrolled records until a specific date. Use this delay when you want an action to execute only on a specific date.", "Delays", "002", ["Delay until a specific date or date-based property", "Delay (date-based)", "Delay (date)"]],
  ["action", "0-35", "Delay until a date property", "Delay enrolled records until a specific date or datetime property. Use this when you want an action to execute based on a specific property.", "Delays", "002", []],
  ["action", "0-29", "Delay until an event occurs", "Delay enrolled records until a specified event occurs, such as a page visit or form submission.", "Delays", "002", []],
  ["action", "0-1", "Delay for a set amount of time", "Delay enrolled records for a specific amount of days, hours, or minutes before moving to the next action.", "Delays", "002", ["Delay a set amount of time, until a specific day of the week, or time of day.", "Delay (time-based)", "Delay (time)"]],
  ["action", "0-1", "Delay until a day of week", "Delay enrolled records until a specific day of the week.", "Delays", "002", []],
  ["action", "0-1", "Delay until a specific time of day", "Delay enrolled records until a specific time of day.", "Delays", "002", []],
  ["action", "0-15", "Go to workflow", "Enroll record in another workflow of the same type while remaining in the original.", "Enrollment", "002", []],
  ["action", "0-46510720", "Enroll in a sequence", "Automatically enroll contacts in a sequence.", "Enrollment", "002", []],
  ["action", "0-4", "Send Email", "Send automated marketing emails to contacts enrolled in the workflow.", "Communications", "002", ["Send automated email to a contact associated with the enrolled record", "Send marketing email", "Send email"]],
  ["action", "0-9", "Send in-app notification", "Send a notification to specified users or teams, appearing in the HubSpot notification center/app.", "Communications", "002", ["Send an in-app notification to a user or team", "In-app notification"]],
  ["action", "0-8", "Send an internal email notification", "Send an internal email to selected users or teams, configurable with tokens and rich formatting.", "Communications", "002", ["Send email notification to a user or team", "Send email notification", "Email notification"]],
  ["action", "0-23", "Send internal marketing emails", "Send automated emails internally to other HubSpot users in your account.", "Communications", "002", []],
  ["action", "0-199186210", "Send survey", "Automatically send a custom survey to enrolled contacts. (BETA)", "Communications", "002", []],
  ["action", "0-25085031", "Send WhatsApp message", "Send WhatsApp messages to opted-in contacts with a valid WhatsApp number.", "Communications", "002", []],
  ["action", "0-40900952", "Send SMS message", "Send SMS to enrolled or associated contacts.", "Communications", "002", []],
  ["action", "0-4702372", "Unenroll from sequence", "Automatically unenroll contacts from their current sequence.", "Enrollment", "002", []],
  ["action", "0-44475148", "Assign conversation owner", "Change the inbox and ownership assignment for a conversation.", "CRM records", "002", []],
  ["action", "0-225935194", "Validate and format phone number", "Format phone numbers for calling compatibility.", "CRM records", "002", []],
  ["action", "0-177946906", "Enrich Record", "Enrich contacts or companies with additional data.", "CRM records", "002", []],
  ["action", "0-5", "Edit records", "Set, edit, copy, or clear property values for enrolled or associated records.", "CRM records", "002", ["Set property"]],
  ["action", "0-14", "Create record", "Automatically create CRM records, including contacts, companies, deals, tickets, leads, and custom objects.", "CRM records", "002", ["Create a new record"]],
  ["action", "0-3", "Create task", "Automatically create a new HubSpot task for a record.", "CRM records", "002", []],
  ["action", "0-169425243", "Create note", "Automatically create and associate a note with the enrolled record.", "CRM records", "002", []],
  ["action", "0-18224765", "Delete contact", "Automatically delete enrolled contacts.", "CRM records", "002", []],
  ["action", "0-5", "Increase or decrease property value", "Change a numeric value in a number property by a specified amount.", "CRM records", "002", []],
  ["action", "0-43347357", "Manage communication subscriptions", "Update the subscription status, legal basis, and communication consent for a contact.", "Communications", "002", []],
  ["action", "0-11", "Rotate record to owner", "Evenly distribute enrolled records (e.g. leads, tickets) to selected users or teams.", "CRM records", "002", []],
  ["action", "0-63189541", "Create associations", "Create new CRM record associations.", "CRM records", "002", []],
  ["action", "0-73444249", "Apply association labels", "Add a label to already-associated CRM records.", "CRM records", "002", []],
  ["action", "0-61139484", "Update association labels", "Replace existing or append new labels to associations.", "CRM records", "002", []],
  ["action", "0-61139476", "Remove association labels", "Clear all current association labels.", "CRM records", "002", []],
  ["action", "0-219161394", "Stop tracking intent signals", "Deactivate ongoing intent signals tracking and enrichment.", "AI and data", "002", []],
  ["action", "0-219160146", "Track intent signals", "Activate intent signal tracking & enrichment.", "AI and data", "002", []],
  ["action", "0-172351286", "Data Agent: Custom prompt (BETA)", "Analyze, summarize, or categorize data via custom AI prompts.", "AI and data", "002", []],
  ["action", "0-216647524", "Data Agent: Research (BETA)", "Generate and extract research data using associated record properties or transcripts.", "AI and data", "002", []],
  ["action", "0-201091202", "Data Agent: Fill Smart Property (BETA)", "Run AI smart-properties and populate the corresponding data.", "AI and data", "002", []],
  ["action", "0-195318603", "Summarize record (BETA)", "Summarize data from records and associations, use the output in emails or further actions.", "AI and data", "002", []],
  ["action", "0-207702619", "Infer company value proposition and ICP (BETA)", "Generate selling profiles, including target persona, value prop, and more.", "AI and data", "002", []],
  ["action", "0-219292676", "Enroll in prospecting agent (BETA)", "Automatically enroll contacts in HubSpot’s AI prospecting agent.", "Enrollment", "002", []],
  ["action", "0-217709844", "Unenroll in prospecting agent (BETA)", "Remove contacts from the prospecting agent.", "Enrollment", "002", []],
  ["action", "0-218870680", "Use a custom LLM (BETA)", "Connect custom Large Language Models (LLMs) to drive AI-powered workflow actions.", "AI and data", "002", []],
  ["action", "0-30", "Add to ads audience", "Add contacts to a new or existing ads audience (created via workflows).", "Lists and ads", "002", []],
  ["action", "0-63809083", "Add to static list", "Add records (contacts, companies, deals) to static lists.", "Lists and ads", "002", ["Add to list"]],
  ["action", "0-30", "Remove from ads audience", "Remove records from an ads audience.", "Lists and ads", "002", []],
  ["action", "0-63863438", "Remove from static list", "Remove records from a static list.", "Lists and ads", "002", ["Remove from list"]],
  ["action", "0-31", "Set marketing contact status", "Mark contact as marketing or non-marketing. Changes to non-marketing contacts will only occur on the renewal date.", "Communications", "002", []],
  ["action", "1-179507819", "Send Slack notification", "Send a Slack message via integrated Slack workspace.", "Integrations", "002", []],
  ["action", "1-100451", "Create an Asana task", "Create an Asana task from HubSpot workflow logic.", "Integrations", "002", []],
  ["action", "1-2825058", "Create a Trello Card", "Create a Trello card from HubSpot workflow logic.", "Integrations", "002", []],
  ["action", "0-19", "Create Salesforce task", "Creates a Salesforce task tied to the enrolled contact for Salesforce users.", "Integrations", "002", []],
  ["action", "0-18", "Set Salesforce campaign", "Associate contacts with a Salesforce campaign (contact-based workflows only).", "Integrations", "002", []],
  ["event", "4-1553675", "Ad interaction", "Triggers when an ad is interacted with.", "Web and ads", "002", []],
  ["event", "4-1741072", "Call ended", "Triggers when a call has ended. This includes both calls initiated through HubSpot or through third-party integrations, such as Aircall.", "Calls", "002", ["Call end"]],
  ["event", "4-1733817", "Call started", "Triggers when a call is initiated. This includes both calls initiated through HubSpot or through third-party integrations, such as Aircall.", "Calls", "002", ["Call start"]],
  ["event", "4-1463224", "CRM Object created", "Triggers when a new object is created in the CRM. You must use refinement criteria to filter out unwanted objects from enrollment.", "Other events", "002", []],
  ["event", "4-1814177", "Playbook log", "Triggers when a playbook is logged on a record in the CRM.", "Other events", "002", []],
  ["event", "4-655002", "Property value changed", "Triggers when a property value is updated on a record in the CRM. This trigger represents exactly one property changing from one value to another.", "Other events", "002", []],
  ["event", "6-2117363", "Custom event occurs", "Triggers when a custom event occurs with an existing contact record. Custom events triggers will only enroll existing records.", "Other events", "002", []],
  ["event", "4-666288", "Clicked link in email", "Triggers when a contact clicks a link in a marketing email. When further defining your email event enrollment triggers, both Raw URL and Original URL criteria will include any query parameters added by the user and tracking parameters added by HubSpot.", "Email", "002", ["Email click"]],
  ["event", "4-5470331", "Email bounced", "Triggers when a one-to-one or marketing email is sent to a contact and bounces.", "Email", "002", []],
  ["event", "4-665536", "Email delivered", "Triggers when a one-to-one or marketing email is delivered to a contact.", "Email", "002", ["Email delivery"]],
  ["event", "4-667638", "Email sent", "Triggers when a marketing email, or one-to-one email, is sent to a contact. This event will only trigger for one-to-one emails if sent through a hosted inbox.", "Email", "002", []],
  ["event", "4-666440", "Opened email", "Triggers when a contact opens a marketing email.", "Email", "002", ["Email open"]],
  ["event", "4-665538", "Replied to email", "Triggers when a contact replies to a marketing email.", "Email", "002", ["Email reply"]],
  ["event", "4-666289", "Updated email subscription status", "Triggers when a contact updates their email subscription status.", "Email", "002", []],
  ["event", "4-1639799", "Form interaction", "Triggers when a contact interacts with a form field. This event fires before form submission.", "Forms", "002", []],
  ["event", "4-1639801", "Form submission", "Triggers when a form is submitted.", "Forms", "002", []],
  ["event", "4-1639797", "Form view", "Triggers when a contact views a form. Will only trigger for visitors that are associated with existing contact records.", "Forms", "002", []],
  ["event", "4-1720599", "Meeting booked", "Triggers when a contact books a meeting through the HubSpot meetings tool or when a meeting activity is associated with the contact.", "Meetings", "002", []],
  ["event", "4-1724222", "Meeting outcome change", "Triggers when a meeting outcome is changed in the account.", "Meetings", "002", []],
  ["event", "4-1522438", "Contact finished viewing a document", "Triggers when a contact has finished viewing a sales document. This occurs when the user completes the view by clicking out of the document.", "Documents", "002", []],
  ["event", "4-1522436", "Contact viewed a document", "Triggers when a contact views a sales document. This represents the initial view of a document, regardless of whether the contact finished viewing it.", "Documents", "002", []],
  ["event", "4-1522437", "Document shared with contact", "Triggers when a sales document is shared with a contact.", "Documents", "002", []],
  ["event", "4-675773", "Contact booked a meeting through a sequence", "Triggers when a contact books a meeting through a sequence.", "Sequences", "002", []],
  ["event", "4-675777", "Contact enrolled in a sequence", "Triggers when a contact is enrolled in a sequence.", "Sequences", "002", []],
  ["event", "4-675778", "Contact finished sequence", "Triggers when a contact finishes a sequence.", "Sequences", "002", []],
  ["event", "4-675776", "Contact unenrolled from sequence", "Triggers when a contact is unenrolled from a sequence.", "Sequences", "002", []],
  ["event", "4-1497402", "Contact unenrolled from sequence via workflow", "Triggers when a contact is unenrolled from a sequence via a workflow. Other unenrollment sources do not trigger this event.", "Sequences", "002", []],
  ["event", "4-675775", "Contact unenrolled from sequence manually", "Triggers when a contact is manually unenrolled from a sequence. Other unenrollment sources do not trigger this event.", "Sequences", "002", []],
  ["event", "4-1752910", "Delivering SMS failed", "Triggers when an SMS message wasn’t delivered to a contact.", "SMS", "002", []],
  ["event", "4-1722276", "Link in SMS clicked", "Triggers when a contact clicks a link in an SMS message.", "SMS", "002", ["SMS shortlink click"]],
  ["event", "4-1752904", "Sending SMS failed", "Triggers when an SMS message wasn’t sent to a contact.", "SMS", "002", []],
  ["event", "4-1721168", "SMS delivered", "Triggers when an SMS message is delivered to a contact.", "SMS", "002", []],
  ["event", "4-1725149", "SMS dropped", "Triggers when a SMS message is dropped for a contact.", "SMS", "002", []],
  ["event", "4-1719453", "SMS sent", "Triggers when an SMS message is sent to a contact.", "SMS", "002", []],
  ["event", "4-1555805", "CTA click", "Triggers when a contact clicks a CTA or Web interactive.", "CTAs", "002", []],
  ["event", "4-1555804", "CTA viewed", "Triggers when a contact views a CTA or Web interactive.", "CTAs", "002", ["CTA view"]],
  ["event", "4-100216", "CTA click (legacy)", "Triggers when a contact clicks a CTA (legacy).", "CTAs", "002", []],
  ["event", "4-100215", "CTA view (legacy)", "Triggers when a contact views a CTA (legacy).", "CTAs", "002", []],
  ["event", "4-96000", "Page visited", "Triggers when a contact views a landing page or website page. Will only trigger for visitors that are associated with existing contact records.", "Web and ads", "002", []],
  ["event", "4-675783", "Website or Email Media Play", "Triggers when a contact plays a media file embedded in your content (e.g., on a website page, email, etc.)", "Web and ads", "002", ["Media play on webpage"]],
  ["event", "4-1753168", "Achieved workflow goal", "Triggers when a contact meets a workflow goal.", "Workflows", "002", []],
  ["event", "4-1466013", "Enrolled in workflow", "Triggers when an object is enrolled in a workflow.", "Workflows", "002", []],
  ["event", "4-1466014", "Unenrolled from workflow", "Triggers when an object is unenrolled from a workflow.", "Workflows", "002", []],
  ["action", "0-13", "Add enrolled object to list or remove from list", "Add or remove an enrolled contact to/from a static list.", "Lists and ads", "001", []],
  ["event", "4-68559", "Marketing event registration", "", "Marketing events", "001", []],
  ["event", "4-69072", "Marketing event cancellation", "", "Marketing events", "001", []]
];

// server/workflows/catalog.ts
function seedEntries() {
  return CATALOG_ROWS.map(([kind, id2, name, description, group, seed, aliases]) => ({
    kind,
    id: id2,
    name,
    description,
    group,
    aliases: [...aliases],
    sources: [`seed:${seed}`]
  }));
}
var str = (v) => typeof v === "string" && v.trim() ? v.trim() : void 0;
function mergeBetaDefinitions(base, beta) {
  const merged = base.map((e) => ({ ...e, aliases: [...e.aliases], sources: [...e.sources] }));
  for (const def of beta) {
    const id2 = str(def.actionTypeId);
    if (!id2) continue;
    const name = str(def.actionName);
    const group = str(def.groupId);
    const existing = merged.filter((e) => e.kind === "action" && e.id === id2);
    if (existing.length) {
      const first = existing[0];
      if (!first.sources.includes("beta")) first.sources.push("beta");
      if (name && !existing.some((e) => e.name === name) && !first.aliases.includes(name)) first.aliases.push(name);
      if (group) for (const e of existing) e.group = group;
      continue;
    }
    merged.push({
      kind: "action",
      id: id2,
      name: name ?? `Action ${id2}`,
      description: "",
      group: group ?? "Other actions",
      aliases: [],
      sources: ["beta"]
    });
  }
  return merged;
}
function filterCatalog(entries, query) {
  const q = (query ?? "").trim().toLowerCase();
  if (!q) return entries;
  return entries.filter(
    (e) => e.id.toLowerCase().includes(q) || e.name.toLowerCase().includes(q) || e.description.toLowerCase().includes(q) || e.group.toLowerCase().includes(q) || e.aliases.some((a) => a.toLowerCase().includes(q))
  );
}

// server/functions/action-type-catalog.ts
var actionTypeCatalogInput = object({ query: optionalQuery });
async function actionTypeCatalog(input, deps) {
  let beta = null;
  let note;
  try {
    beta = await deps.hubspot.actionTypes.list({ objectTypeId: "0-1" });
  } catch (err) {
    if (!(err instanceof HubSpotApiError)) throw err;
    note = "HubSpot's live action-type catalog could not be read; showing the documented types only.";
  }
  const entries = filterCatalog(beta ? mergeBetaDefinitions(seedEntries(), beta) : seedEntries(), input.query);
  return { entries, liveCatalog: beta !== null, total: entries.length, ...note ? { note } : {} };
}
var main = defineFunction(actionTypeCatalogInput, actionTypeCatalog);
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  actionTypeCatalog,
  actionTypeCatalogInput,
  main
});
