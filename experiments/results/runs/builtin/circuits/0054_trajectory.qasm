// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.880575767440856) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d075b65264d41d9fa00e8724a6f575996bad96f2fc1f1474bbad190073f44267
