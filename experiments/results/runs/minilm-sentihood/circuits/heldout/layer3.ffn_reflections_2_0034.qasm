// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.1484364021734674) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 2528456a58d83b301ab7ae808a674cdeb6f5350c2739d58c1ca7eec4dc9e49c1
