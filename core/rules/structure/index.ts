// The structure rules, sorted by id. Every rule file is listed here by hand: no globbing.
import brokenMarkup from './broken-markup.ts';
import embeddedObject from './embedded-object.ts';
import emptyBody from './empty-body.ts';
import externalStylesheet from './external-stylesheet.ts';
import formInEmail from './form-in-email.ts';
import gmailClipping from './gmail-clipping.ts';
import hiddenText from './hidden-text.ts';
import iframeInEmail from './iframe-in-email.ts';
import metaRefresh from './meta-refresh.ts';
import missingTextPart from './missing-text-part.ts';
import scriptInEmail from './script-in-email.ts';
import textPartMismatch from './text-part-mismatch.ts';
import uncheckedLinks from './unchecked-links.ts';

export default [
  brokenMarkup,
  embeddedObject,
  emptyBody,
  externalStylesheet,
  formInEmail,
  gmailClipping,
  hiddenText,
  iframeInEmail,
  metaRefresh,
  missingTextPart,
  scriptInEmail,
  textPartMismatch,
  uncheckedLinks,
];
