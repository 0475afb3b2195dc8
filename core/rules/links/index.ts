// The links rules, sorted by id. Every rule file is listed here by hand: no globbing.
import brandLinkMismatch from './brand-link-mismatch.ts';
import freeHostingLink from './free-hosting-link.ts';
import ipAddressLink from './ip-address-link.ts';
import linkDensity from './link-density.ts';
import linkOnlyBody from './link-only-body.ts';
import linkShortener from './link-shortener.ts';
import linkTextMismatch from './link-text-mismatch.ts';
import linksElsewhere from './links-elsewhere.ts';
import lookalikeDomain from './lookalike-domain.ts';
import machineMadeDomain from './machine-made-domain.ts';
import manyDomains from './many-domains.ts';
import oddPortLink from './odd-port-link.ts';
import openRedirect from './open-redirect.ts';
import scriptLink from './script-link.ts';
import shortPitch from './short-pitch.ts';
import suspiciousTld from './suspicious-tld.ts';
import unsubscribeOnIp from './unsubscribe-on-ip.ts';
import userinfoLink from './userinfo-link.ts';

export default [
  brandLinkMismatch,
  freeHostingLink,
  ipAddressLink,
  linkDensity,
  linkOnlyBody,
  linkShortener,
  linkTextMismatch,
  linksElsewhere,
  lookalikeDomain,
  machineMadeDomain,
  manyDomains,
  oddPortLink,
  openRedirect,
  scriptLink,
  shortPitch,
  suspiciousTld,
  unsubscribeOnIp,
  userinfoLink,
];
