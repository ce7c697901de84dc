// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.8297140736122994) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e3edd24295090f971a064be5b0ae97a536c8cbd8f3e5691923fdc69df0453a89
