/** `cldscan/testing`: what a policy's tests need — a RuleTester, and resources built from facets. */
export { RuleTester, runPolicy, testResource, type TestCase, type TestCases, type ResultCase, type TestResource } from './policy/tester.js';
