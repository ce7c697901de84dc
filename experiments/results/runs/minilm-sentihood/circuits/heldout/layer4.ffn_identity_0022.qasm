// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.0017366147595208) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 1063045a3bfc2a4069db66ac7ebbe84ce9eb5f702cf806aa659743294205b191
