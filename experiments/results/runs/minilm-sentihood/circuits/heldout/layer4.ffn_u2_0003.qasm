// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.2196091803764948) q[0];
ry(1.4855202979542894) q[0];
rz(-0.019009033965328825) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a53cb6f143bccfbe0db08f628cf7204c883d5f1b6623917fc4afa5a269703dcb
