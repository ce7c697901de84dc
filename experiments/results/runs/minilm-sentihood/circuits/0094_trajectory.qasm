// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.1803087910558747) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 53a209fa7b0df670770a1dea31c9f5e93e59620b5fde721166b4e3173d0ce984
