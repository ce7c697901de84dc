// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.2947913837444454) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 0ddde42830dca6f5198358ec9483f323faccbee4d125a45b81d646be42537062
