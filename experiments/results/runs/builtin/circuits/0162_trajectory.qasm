// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.3291500700091787) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 22175a9fb3eff4568d89c2b2c9f56d6d5080f7d793d215bd227821f8ea0687b3
