// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.6269254633140051) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6f7eff28061362d630b7a99ae86c456970b828dda1b109c8508e9c8c273e9929
