// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.6267737069022199) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 be2fec063474a167846d9cb9452a34a194d944a530c9224c75084f0876e395f1
