// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.6333277072010428) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 128fe53f4f6592efa1045a1db1623c30e86882f5c6a3a9732d9e89333e3e612b
