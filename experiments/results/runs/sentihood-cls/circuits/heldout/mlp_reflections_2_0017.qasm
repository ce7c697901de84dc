// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.1574786660647075) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 622ee45242766c7968c73d82b75a3c0e7cdc210cbb8804616a78d7b64a69a047
