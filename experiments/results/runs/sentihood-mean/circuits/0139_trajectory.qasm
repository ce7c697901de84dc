// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.32180691718954135) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 279cf0c764f4f93b4bdb47ac2473878f83223c284150860c104dca58a7b34ee2
