// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.341129309004199) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 bb963ee502684555dd7ae3011b263de8f8500ddac31efc231c309046410bcdd1
