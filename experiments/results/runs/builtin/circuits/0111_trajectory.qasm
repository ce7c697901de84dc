// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.24574996177437755) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 b037672745f05c660ed1889918867a88e1828154045f5721df8cbff24ff5cebd
