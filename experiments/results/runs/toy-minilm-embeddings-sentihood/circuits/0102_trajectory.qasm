// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.1889063001834275) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 b4449f3a63761f95fdbaff30127cce8ac711577cecd8c55f16087cb55dd1bea1
