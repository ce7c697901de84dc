// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.5081354830168725) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f01fcd8b8684d68b1f54863bfb48ed1fc35b33142bbb1a1f74a41d658880f902
