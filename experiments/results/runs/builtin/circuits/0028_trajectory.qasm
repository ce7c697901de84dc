// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.9358986798882714) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 b162cb2d09c864fb0479957c80c6de30943af5ddf99fe8652a5dc51db370bb62
