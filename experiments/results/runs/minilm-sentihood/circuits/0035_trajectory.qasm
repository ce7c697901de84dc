// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.4617672457854298) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6399fefaffb6088f4043a9235d04c1b44e8cdb1e4a2d859d4e9e6b3751af8c3f
