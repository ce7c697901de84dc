// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.471372991615566) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 39642366034c86d9d911acdff3c84367a2498776414e45db50758a94884bd0e9
