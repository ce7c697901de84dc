// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.4418866283287981) q[0];
ry(2.454601594752542) q[0];
rz(0.35065520865077726) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 94c77e6106c6ad9ac63532f412a47f3d97a01f8ad41ec58b494f81beb9003ad8
