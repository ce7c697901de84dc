// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.965352469894742) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 fa79e9aab1a393d329074d595514c2b577c465af1e713d57ee7566c8c09bd7c8
