// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.7255773189700231) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 09a5cf3eb16b919834f219ccdfe61a9ccec379190726574a8183f9b0a216eddd
