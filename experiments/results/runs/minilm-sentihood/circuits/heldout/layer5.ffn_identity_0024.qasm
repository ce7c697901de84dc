// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.9269074149957481) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 b59a71c767dad84f88d1cfb29b7e3a725cfc983ac2cad81de4891754519b00da
