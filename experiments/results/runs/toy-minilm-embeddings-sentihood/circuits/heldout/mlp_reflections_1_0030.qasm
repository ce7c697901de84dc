// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-3.0931664676616806) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 8451f72ef3996a9956295dd94b2afaed1b4c011005905aece48c0e1bdb827ad0
