// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.8605101704518534) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f6284d12b27fb0cf1c267ff08bf4fae8da6e6048defb402bf913e39c1955e0ac
