// Built from server/functions/enroll-in-sequence.ts by tools/build-functions.mjs. Do not edit: run npm run build.
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

// server/functions/enroll-in-sequence.ts
var enroll_in_sequence_exports = {};
__export(enroll_in_sequence_exports, {
  enrollInSequence: () => enrollInSequence,
  enrollInSequenceInput: () => enrollInSequenceInput,
  main: () => main,
  parseEmailList: () => parseEmailList
});
module.exports = __toCommonJS(enroll_in_sequence_exports);

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
function codePointLength(str) {
  const units = str.length;
  if (!highSurrogate.test(str))
    return units;
  let count = units;
  for (let i = 0; i < units - 1; i++) {
    if ((str.charCodeAt(i) & 64512) === 55296 && (str.charCodeAt(i + 1) & 64512) === 56320) {
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
var email = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;
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
var $ZodStringFormat = /* @__PURE__ */ $constructor("$ZodStringFormat", (inst, def) => {
  $ZodCheckStringFormat.init(inst, def);
  $ZodString.init(inst, def);
});
var $ZodEmail = /* @__PURE__ */ $constructor("$ZodEmail", (inst, def) => {
  def.pattern ?? (def.pattern = email);
  $ZodStringFormat.init(inst, def);
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
function _email(Class, params) {
  return new Class({
    type: "string",
    format: "email",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
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
var ZodMiniStringFormat = /* @__PURE__ */ $constructor("ZodMiniStringFormat", (inst, def) => {
  $ZodStringFormat.init(inst, def);
  ZodMiniString.init(inst, def);
});
var ZodMiniEmail = /* @__PURE__ */ $constructor("ZodMiniEmail", (inst, def) => {
  $ZodEmail.init(inst, def);
  ZodMiniStringFormat.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function email2(params) {
  return _email(ZodMiniEmail, params);
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
function isRefusal(err) {
  return err instanceof ValidationError || err instanceof PermissionDeniedError || err instanceof NotFoundError;
}
function isPermissionDenied(err) {
  return err instanceof PermissionDeniedError;
}
var reasonIn = (reasons) => {
  const set = new Set(reasons);
  return (err, reason) => isRefusal(err) && (set.has(reason) || set.has(reason.slice(reason.lastIndexOf(".") + 1)));
};
var messageMatches = (pattern) => (err) => isRefusal(err) && pattern.test(err.hubspotMessage ?? "");
var HUBSPOT_MESSAGE_MAX = 300;
function hubspotSaid(err, token = process.env.PRIVATE_APP_ACCESS_TOKEN) {
  let text = (err.hubspotMessage ?? "").replace(new RegExp("\\p{Cc}+", "gu"), " ").replace(/\s+/g, " ").trim();
  if (!text) return void 0;
  if (token && token.length >= 8) text = text.split(token).join("[redacted]");
  text = text.replace(/\bBearer\s+\S+/gi, "Bearer [redacted]").replace(/\bpat-[a-z0-9]+-[A-Za-z0-9-]+/gi, "[redacted]");
  return text.length > HUBSPOT_MESSAGE_MAX ? `${text.slice(0, HUBSPOT_MESSAGE_MAX - 1).trimEnd()}…` : text;
}
function refusalFor(err, rules) {
  if (!(err instanceof HubSpotApiError)) return void 0;
  const reason = (err.reason ?? "").toUpperCase();
  const rule = rules.find((r) => r.match(err, reason));
  if (!rule) return void 0;
  return new FunctionFailure(rule.code, rule.message(reason, hubspotSaid(err), err), {
    ...err.reason ? { hubspotReason: err.reason } : {},
    ...err.correlationId ? { correlationId: err.correlationId } : {},
    ...rule.details ? { details: rule.details } : {}
  });
}
function strip(e) {
  for (const k of Object.keys(e)) if (e[k] === void 0) delete e[k];
  return e;
}

// server/sequences/eligibility.ts
var CONTACT_PROPERTIES = ["email", "hs_email_optout", "hs_email_hard_bounce_reason_enum"];
var BOUNCE_REASONS = {
  BAD_MAILBOX: "the mailbox does not exist",
  MAILBOX_FULL: "the mailbox is full",
  DOMAIN_ISSUE: "the email domain does not accept mail",
  CONTENT: "the receiving server rejected the content",
  SPAM: "the receiving server flagged it as spam",
  POLICY: "the receiving server refused it by policy",
  TIMEOUT: "the receiving server did not answer",
  THROTTLED: "the receiving server throttled it",
  DNS_FAILURE: "the email domain could not be found",
  UNKNOWN_USER: "the address does not exist",
  OTHER: "another reason",
  UNKNOWN: "an unknown reason"
};
function bounceReasonText(reason) {
  if (!reason) return void 0;
  return BOUNCE_REASONS[reason] ?? reason.toLowerCase().replace(/_+/g, " ");
}
var MESSAGES = {
  NO_EMAIL: "This contact has no email address, so it can't be enrolled in a sequence. Add an email address to the contact first.",
  OPTED_OUT: "This contact opted out of email, so HubSpot won't enroll it in a sequence.",
  bounced: (reason) => `Email to this contact hard-bounced${reason ? ` (${reason})` : ""}, so HubSpot won't enroll it in a sequence. Fix or replace the email address first.`,
  alreadyEnrolled: (sequenceName) => sequenceName ? `This contact is already enrolled in the sequence "${sequenceName}". A contact can be in only one sequence at a time.` : "This contact is already enrolled in a sequence. A contact can be in only one sequence at a time.",
  SENDER_NOT_CONNECTED: (sender) => `${sender} is not one of your connected inboxes. Choose one of your own inboxes, or connect this one in HubSpot (Settings → General → Email).`
};
function propertyOf(contact2, name) {
  const v = contact2.properties[name];
  if (v === null || v === void 0) return void 0;
  const t = String(v).trim();
  return t === "" ? void 0 : t;
}
function contactEmail(contact2) {
  return propertyOf(contact2, "email");
}
function eligibilityOf(contact2, enrollment) {
  const email4 = contactEmail(contact2);
  const optedOut = propertyOf(contact2, "hs_email_optout")?.toLowerCase() === "true";
  const bounceReason = propertyOf(contact2, "hs_email_hard_bounce_reason_enum");
  const reasons = [];
  if (enrollment) reasons.push({ code: "ALREADY_ENROLLED", message: MESSAGES.alreadyEnrolled(enrollment.sequenceName) });
  if (!email4) reasons.push({ code: "NO_EMAIL", message: MESSAGES.NO_EMAIL });
  if (optedOut) reasons.push({ code: "OPTED_OUT", message: MESSAGES.OPTED_OUT });
  if (bounceReason) reasons.push({ code: "BOUNCED", message: MESSAGES.bounced(bounceReasonText(bounceReason)) });
  const e = {
    canEnroll: reasons.length === 0,
    hasEmail: Boolean(email4),
    optedOut,
    bounced: Boolean(bounceReason),
    alreadyEnrolled: Boolean(enrollment),
    reasons
  };
  if (bounceReason) e.bounceReason = bounceReason;
  return e;
}
function firstRefusal(eligibility) {
  for (const code of ["NO_EMAIL", "ALREADY_ENROLLED", "OPTED_OUT", "BOUNCED"]) {
    if (eligibility.reasons.some((r) => r.code === code)) return code;
  }
  return void 0;
}
function codeForHubSpotReason(reason) {
  if (!reason) return void 0;
  const r = reason.toUpperCase();
  if (r === "ALREADY_ENROLLED") return "ALREADY_ENROLLED";
  if (r === "UNSUBSCRIBED" || r === "UNSUBSCRIBED_PERSONAL") return "OPTED_OUT";
  if (r === "BOUNCED" || r.startsWith("RECIPIENT_PREVIOUSLY_BOUNCED")) return "BOUNCED";
  if (r.startsWith("BLOCKED_") || r === "PREVIOUSLY_MARKED_AS_SPAM" || r === "OTHER_SEND_REJECTED") return "ENROLLMENT_REFUSED";
  return void 0;
}
var REFUSAL_SENTENCES = {
  BLOCKED_ADDRESS: "HubSpot blocks sending to this contact's email address.",
  BLOCKED_DOMAIN: "HubSpot blocks sending to this contact's email domain.",
  PREVIOUSLY_MARKED_AS_SPAM: "This contact previously marked your email as spam.",
  OTHER_SEND_REJECTED: "HubSpot rejected sending to this contact."
};
function refusalMessage(code, reason) {
  switch (code) {
    case "OPTED_OUT":
      return reason.toUpperCase() === "UNSUBSCRIBED_PERSONAL" ? "This contact unsubscribed from your personal emails, so HubSpot won't enroll it in your sequence." : MESSAGES.OPTED_OUT;
    case "BOUNCED":
      return reason.toUpperCase().startsWith("RECIPIENT_PREVIOUSLY_BOUNCED") ? "Email to this contact bounced before, so HubSpot won't enroll it in a sequence. Fix or replace the email address first." : MESSAGES.bounced();
    case "ENROLLMENT_REFUSED":
      return `${REFUSAL_SENTENCES[reason.toUpperCase()] ?? "HubSpot refused to enroll this contact."} The contact was not enrolled (HubSpot reason: ${reason}).`;
    default:
      return MESSAGES.alreadyEnrolled();
  }
}

// server/hubspot/api-versions.ts
var SEQUENCES_API = "/automation/sequences/2026-09";
var WORKFLOWS_API = "/automation/v4";
var WORKFLOWS_BETA_API = "/automation/2026-09-beta";
var WORKFLOWS_LEGACY_V2_API = "/automation/v2/workflows";
var WORKFLOWS_LEGACY_V3_API = "/automation/v3/workflows";
var CONTACTS_API = "/crm/v3/objects/contacts";
var EMAIL_TEMPLATES_API = "/automation/email-templates/2026-09-beta";

// server/sequences/refusals.ts
var NO_INBOX_REASONS = ["PUBLIC_ENROLL_NO_CONNECTED_EMAILS", "NO_CONNECTED_INBOXES", "NO_CONNECTED_INBOX"];
var SENDER_REASONS = ["INBOX_NOT_CONNECTED", "SENDER_NOT_CONNECTED", "INVALID_SENDER_EMAIL", "SENDER_EMAIL_NOT_CONNECTED"];
var SEAT_REASONS = ["PAID_SEAT_REQUIRED", "NO_SEAT", "NO_PAID_SEAT", "USER_NOT_ASSIGNED_SEAT", "SEQUENCES_ACCESS_REQUIRED", "NO_SEQUENCES_ACCESS"];
var NO_CONNECTED_INBOX_PHRASE = /\bno connected inbox(es)?\b/i;
var quoted = (said) => said ? ` HubSpot said: "${said}"` : "";
var reference = (err) => err.correlationId ? ` (HubSpot reference ${err.correlationId})` : "";
var sentence = (text) => /[.!?…"]$/.test(text) ? text : `${text}.`;
var REFUSAL_MESSAGES = {
  noConnectedInbox: (said) => sentence(`HubSpot says you have no connected inbox, so it cannot send this sequence's emails. Connect your inbox in HubSpot (Settings → General → Email), then enroll the contact.${quoted(said)}`),
  noSequencesAccess: (said) => sentence(`HubSpot does not let you use sequences: it needs a paid Sales Hub or Service Hub Professional or Enterprise seat. Ask your HubSpot admin to assign one.${quoted(said)}`),
  unknownRefusal: (said, err) => `HubSpot refused to enroll this contact for a reason this app does not know.${said ? ` HubSpot said: "${said}"` : ""}${reference(err)}. The contact was not enrolled.`
};
var lastSegment = (reason) => reason.slice(reason.lastIndexOf(".") + 1);
var onSequencesApi = (err) => (err.path ?? "").startsWith(SEQUENCES_API) || /\/sequences(\/|$)/.test(err.path ?? "");
var sequencesAccessRule = {
  match: (e) => isPermissionDenied(e) && onSequencesApi(e),
  code: "NO_SEQUENCES_ACCESS",
  message: (_reason, said) => REFUSAL_MESSAGES.noSequencesAccess(said)
};
function enrollRefusals(senderEmail) {
  const noInbox = { senderEmail, noConnectedInbox: true };
  const byReasonCode = (code) => ({
    match: (e, reason) => isRefusal(e) && codeForHubSpotReason(lastSegment(reason)) === code,
    code,
    message: (reason) => refusalMessage(code, lastSegment(reason))
  });
  return [
    { match: reasonIn(NO_INBOX_REASONS), code: "SENDER_NOT_CONNECTED", message: (_r, said) => REFUSAL_MESSAGES.noConnectedInbox(said), details: noInbox },
    { match: reasonIn(SENDER_REASONS), code: "SENDER_NOT_CONNECTED", message: () => MESSAGES.SENDER_NOT_CONNECTED(senderEmail), details: { senderEmail, noConnectedInbox: false } },
    { match: reasonIn(SEAT_REASONS), code: "NO_SEQUENCES_ACCESS", message: (_r, said) => REFUSAL_MESSAGES.noSequencesAccess(said) },
    { match: reasonIn(["CONTACT_HAS_NO_EMAIL", "NO_EMAIL", "MISSING_EMAIL"]), code: "NO_EMAIL", message: () => MESSAGES.NO_EMAIL },
    { match: (e, reason) => e.status === 404 && reason === "SEQUENCE_NOT_FOUND", code: "NOT_FOUND", message: () => "That sequence no longer exists or you cannot use it. Search again and pick another one." },
    ...["ALREADY_ENROLLED", "OPTED_OUT", "BOUNCED", "ENROLLMENT_REFUSED"].map(byReasonCode),
    // Documented by message only (see the file comment).
    { match: messageMatches(NO_CONNECTED_INBOX_PHRASE), code: "SENDER_NOT_CONNECTED", message: (_r, said) => REFUSAL_MESSAGES.noConnectedInbox(said), details: noInbox },
    sequencesAccessRule,
    { match: (e) => isRefusal(e), code: "ENROLLMENT_REFUSED", message: (_r, said, e) => REFUSAL_MESSAGES.unknownRefusal(said, e) }
  ];
}

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
      enrollContact: async ({ workflowId, email: email4, contactId }) => {
        const result = await call(
          "enrollInWorkflow",
          { pathParams: { workflowId, email: email4 } },
          {
            idempotent: false,
            reserveMs: RECONCILE_RESERVE_MS,
            reconcile: async () => (await listForContact({ contactId })).some((m) => m.id === workflowId) ? { recovered: true } : void 0
          }
        );
        return result?.recovered ? { recoveredAfterAmbiguousFailure: true } : {};
      },
      unenrollContact: async ({ workflowId, email: email4, contactId }) => {
        const result = await call(
          "unenrollFromWorkflow",
          { pathParams: { workflowId, email: email4 } },
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
var hubspotId = (label) => string2().check(_trim(), _regex(/^\d{1,20}$/, `${label} must be a HubSpot id (digits only)`));
var optionalQuery = optional(string2().check(_trim(), _maxLength(200, "query must be at most 200 characters")));
var HUBSPOT_CURSOR = /^(?:[A-Za-z0-9\-_+/=]|%[0-9A-Fa-f]{2})*$/;
var optionalCursor = optional(
  string2().check(_maxLength(500, "after must be a paging cursor from a previous page"), _regex(HUBSPOT_CURSOR, "after must be a paging cursor from a previous page"))
);
var email3 = (label) => string2().check(_trim(), _maxLength(254), email2(`${label} must be an email address`));

// server/runtime/record-properties.ts
var RECORD_ID_PROPERTY = "hs_object_id";
function contactFromPropertiesToSend(deps, contactId, properties) {
  const sent = deps.propertiesToSend;
  if (!sent || sent[RECORD_ID_PROPERTY] !== contactId) return null;
  if (!properties.every((p) => Object.prototype.hasOwnProperty.call(sent, p))) return null;
  return { id: contactId, properties: Object.fromEntries(properties.map((p) => [p, sent[p]])) };
}
async function contactProperties(deps, contactId, properties) {
  return contactFromPropertiesToSend(deps, contactId, properties) ?? deps.hubspot.contacts.get({ contactId, properties: [...properties] });
}

// server/functions/enroll-in-sequence.ts
var enrollInSequenceInput = object({
  contactId: hubspotId("contactId"),
  sequenceId: hubspotId("sequenceId"),
  userId: hubspotId("userId"),
  senderEmail: email3("senderEmail"),
  /** The acting user's emails (card: context.user.emails), comma-separated. When given, the sender must be one of them. */
  userEmails: optional(string2().check(_maxLength(4e3, "userEmails must be at most 4000 characters")))
});
function parseEmailList(list) {
  if (!list) return [];
  return list.split(",").map((e) => e.trim().toLowerCase()).filter((e) => e.length > 0);
}
function alreadyEnrolledFailure(current, sequenceId, hubspotReason, correlationId) {
  const details = {};
  if (current) {
    details.sequenceId = current.sequenceId;
    details.sequenceName = current.sequenceName;
    details.enrollmentId = current.id;
    details.sameSequence = current.sequenceId === sequenceId;
  }
  return new FunctionFailure("ALREADY_ENROLLED", MESSAGES.alreadyEnrolled(current?.sequenceName), {
    details,
    ...hubspotReason ? { hubspotReason } : {},
    ...correlationId ? { correlationId } : {}
  });
}
async function enrollInSequence(input, deps) {
  const { hubspot } = deps;
  const senderEmail = input.senderEmail.trim();
  const userEmails = parseEmailList(input.userEmails);
  if (userEmails.length > 0 && !userEmails.includes(senderEmail.toLowerCase())) {
    throw new FunctionFailure("SENDER_NOT_CONNECTED", MESSAGES.SENDER_NOT_CONNECTED(senderEmail), { details: { senderEmail } });
  }
  const [contact2, current] = await Promise.all([
    // Eligibility from propertiesToSend is as fresh as a read (HubSpot reads them when the card calls).
    contactProperties(deps, input.contactId, CONTACT_PROPERTIES),
    hubspot.sequences.getContactEnrollment({ contactId: input.contactId })
  ]);
  const eligibility = eligibilityOf(contact2, current);
  const refusal = firstRefusal(eligibility);
  if (refusal === "ALREADY_ENROLLED") throw alreadyEnrolledFailure(current, input.sequenceId);
  if (refusal) {
    const reason = eligibility.reasons.find((r) => r.code === refusal);
    throw new FunctionFailure(refusal, reason.message, refusal === "BOUNCED" && eligibility.bounceReason ? { details: { bounceReason: eligibility.bounceReason } } : {});
  }
  try {
    const created = await hubspot.sequences.enroll({
      userId: input.userId,
      contactId: input.contactId,
      sequenceId: input.sequenceId,
      senderEmail
    });
    return {
      enrollment: {
        id: created.id,
        sequenceId: input.sequenceId,
        toEmail: created.toEmail,
        senderEmail,
        enrolledAt: created.enrolledAt,
        updatedAt: created.updatedAt
      },
      recoveredAfterAmbiguousFailure: created.recoveredAfterAmbiguousFailure === true
    };
  } catch (err) {
    throw await mapEnrollFailure(err, input, deps);
  }
}
async function mapEnrollFailure(err, input, deps) {
  const refusal = refusalFor(err, enrollRefusals(input.senderEmail.trim()));
  if (refusal?.code !== "ALREADY_ENROLLED") return refusal ?? err;
  let current = null;
  try {
    current = await deps.hubspot.sequences.getContactEnrollment({ contactId: input.contactId });
  } catch {
    current = null;
  }
  return alreadyEnrolledFailure(current, input.sequenceId, refusal.extra.hubspotReason, refusal.extra.correlationId);
}
var main = defineFunction(enrollInSequenceInput, enrollInSequence);
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  enrollInSequence,
  enrollInSequenceInput,
  main,
  parseEmailList
});
