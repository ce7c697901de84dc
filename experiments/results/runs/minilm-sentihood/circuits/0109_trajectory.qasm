// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.2662867223882501) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ad6d52bb80b9b7131a3ff2df2cb85437e61231f41afc8dcd9720ff73ce941812
