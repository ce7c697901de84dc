// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.7407657573422688) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 addc81f4dce281db664b29731f6ca41d93879333b3f3855520f879c774d01595
