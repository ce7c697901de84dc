// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(3.015545415763882) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 b959b5cbbcabb5f13384fdbcf4ea9256168ad0112ee4057667c4330bfbab5d0f
