// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.8762875128592533) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 4c7c68933a3b7581e8ba720491776f565b887c14fc5041f06aea0edc9e7e1f5e
