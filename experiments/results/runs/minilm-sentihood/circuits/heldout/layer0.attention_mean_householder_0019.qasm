// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.9164331109799644) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 4ae94626d30afc150f09f080bff7ede70dd7b9eb7ce5df20154450a1044388fb
