// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.712589783767422) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 fc2c88ae2b9201a9fb4cf4574c7f987e7d2a489bfd9a782f80765a05f36c3f1a
