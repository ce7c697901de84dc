// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.7646422488087947) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 43877dc172a6babf9c7bd616796c53311570a2a1e59a4b40cb93ad917bfcc01f
